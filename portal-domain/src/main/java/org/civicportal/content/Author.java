package org.civicportal.content;

import java.io.Serializable;

/**
 * One author of a bibliography entry. An organisation as author has its name as family name and no
 * given name.
 *
 * @param family family name (or the organisation's name), trimmed; never null
 * @param given  given names or initials, trimmed; empty when there are none
 */
public record Author(String family, String given) implements Serializable {

    /** Trims both parts and turns missing parts into empty text. */
    public Author {
        family = family == null ? "" : family.strip();
        given = given == null ? "" : given.strip();
    }

    /** @return "Family, Given", or the family name alone when there is no given name */
    public String familyFirst() {
        return given.isEmpty() ? family : family + ", " + given;
    }
}
