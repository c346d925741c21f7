package org.civicportal.account;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * The population field of sign-up and the profile. It reads "12,500" as people write it, and it
 * never refuses: a text that is not a population becomes a value the jurisdiction's own rules
 * refuse with the right words (nothing, 0, or more than the bound). A refused conversion would stop
 * the request before the service runs, so the other mistakes on the form would show only after
 * this one is fixed; this way every mistake shows in one round, this one included.
 */
@FacesConverter("civic.Population")
public class PopulationConverter implements Converter<Integer> {

    @Override
    public Integer getAsObject(FacesContext context, UIComponent component, String text) {
        PopulationText.Reading reading = PopulationText.read(text);
        return switch (reading.verdict()) {
            case READ -> reading.value();
            case MISSING, NOT_A_NUMBER -> null;        // @NotNull: "Enter the population as a whole number, like 12500."
            case TOO_SMALL -> 0;                       // @Min: "at least 1"
            case TOO_LARGE -> Integer.MAX_VALUE;       // @Max: "below 2 billion"
        };
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Integer population) {
        return population == null ? "" : population.toString();
    }
}
