package org.civicportal.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** An author of a bibliography entry as stored: family name, and given names if any (none for an organisation). */
@Embeddable
public class AuthorName implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 100)
    private String family;

    @Column(length = 100)
    private String given;

    protected AuthorName() {
        // for JPA
    }

    AuthorName(Author author) {
        this.family = author.family();
        this.given = author.given() == null || author.given().isBlank() ? null : author.given();
    }

    Author toAuthor() {
        return new Author(family, given == null ? "" : given);
    }

    public String getFamily() {
        return family;
    }

    public String getGiven() {
        return given;
    }
}
