package org.civicportal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;
import org.civicportal.shared.CleanText;
import org.civicportal.shared.TextShape;

/**
 * The local government a person works for or lives in. Its population sets the
 * small-community discount on dues, so it is a number, never text.
 */
@Embeddable
public class Jurisdiction implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Enter the name of your city, county or other local government.")
    @Size(max = 200, message = "Use at most 200 characters.")
    @Column(name = "jurisdiction_name", nullable = false, length = 200)
    @CleanText
    private String name;

    @NotBlank(message = "Enter the state or province.")
    @Size(max = 100, message = "Use at most 100 characters.")
    @Column(name = "jurisdiction_region", nullable = false, length = 100)
    @CleanText
    private String region;

    @NotBlank(message = "Choose a country.")
    @TextShape(value = TextShape.Shape.COUNTRY_CODE, message = "Choose a country from the list.")
    @Column(name = "jurisdiction_country", nullable = false, length = 2)
    private String country;

    @NotNull(message = PopulationText.NOT_A_NUMBER)
    @Min(value = 1, message = PopulationText.TOO_SMALL)
    @Max(value = PopulationText.MAX, message = PopulationText.TOO_LARGE)
    @Column(name = "jurisdiction_population", nullable = false)
    private Integer population;

    public Jurisdiction() {
        // for JPA and forms
    }

    public Jurisdiction(String name, String region, String country, Integer population) {
        this.name = name;
        this.region = region;
        this.country = country;
        this.population = population;
    }

    /** A copy, so a form can be edited without touching the managed entity. */
    public Jurisdiction copy() {
        return new Jurisdiction(name, region, country, population);
    }

    /** The country's name in English, e.g. "United States". */
    public String getCountryName() {
        return country == null ? "" : new Locale("", country).getDisplayCountry(Locale.ENGLISH);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = trim(name);
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = trim(region);
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country == null ? null : country.trim().toUpperCase(Locale.ROOT);
    }

    public Integer getPopulation() {
        return population;
    }

    public void setPopulation(Integer population) {
        this.population = population;
    }

    static String trim(String text) {
        return text == null ? null : text.strip();
    }
}
