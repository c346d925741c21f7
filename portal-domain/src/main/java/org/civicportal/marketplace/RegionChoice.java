package org.civicportal.marketplace;

import java.io.Serializable;
import org.civicportal.shared.FormText;

/**
 * One line of "regions served" as a form shows it: a country from the portal's list and, for part of
 * it, a state or province code ("OR"); no code means the whole country. {@link ServedRegions} reads
 * the lines into the stored form, {@code US-OR} or {@code US}.
 */
public class RegionChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private String country;
    private String code;

    public RegionChoice() {
        // an empty line of a form
    }

    public RegionChoice(String country, String code) {
        this.country = country;
        this.code = code;
    }

    /** True when nothing was chosen or typed on the line: it is left out. */
    public boolean isEmpty() {
        return (country == null || country.isBlank()) && (code == null || code.isBlank());
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = FormText.stripped(country);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = FormText.stripped(code);
    }
}
