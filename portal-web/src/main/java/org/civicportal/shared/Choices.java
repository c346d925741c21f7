package org.civicportal.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.civicportal.account.PositionType;

/** Fixed lists that forms offer: countries, position types. */
@Named
@ApplicationScoped
public class Choices {

    private final List<SelectItem> countries = Arrays.stream(Locale.getISOCountries())
            .map(code -> new SelectItem(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH)))
            .sorted(Comparator.comparing(SelectItem::getLabel))
            .toList();

    /** Every ISO 3166 country, by English name. */
    public List<SelectItem> getCountries() {
        return countries;
    }

    public PositionType[] getPositionTypes() {
        return PositionType.values();
    }
}
