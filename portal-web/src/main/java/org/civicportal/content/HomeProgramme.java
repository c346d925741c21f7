package org.civicportal.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The association's main programme for the home page: the first programme page published, if one
 * is public. Read once a request; no session.
 */
@Named
@RequestScoped
public class HomeProgramme {

    @Inject
    LibraryReading reading;

    private LibraryItem first;
    private boolean read;

    /** The first public programme page, or null when there is none. */
    public LibraryItem getFirst() {
        if (!read) {
            first = reading.firstProgramme().orElse(null);
            read = true;
        }
        return first;
    }
}
