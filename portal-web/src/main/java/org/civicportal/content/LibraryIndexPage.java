package org.civicportal.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The library's front page ({@code library/index.xhtml}): what it holds and what is new. */
@Named
@RequestScoped
public class LibraryIndexPage {

    @Inject
    LibraryReading reading;

    private List<LibraryItem> newest;

    public List<LibraryItem> getNewest() {
        if (newest == null) {
            newest = reading.newest(10);
        }
        return newest;
    }
}
