package org.civicportal.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The library's settings, from MicroProfile Config (or the environment: {@code LIBRARY_TWO_PERSON_REVIEW}). */
@ApplicationScoped
public class LibrarySettings {

    @Inject
    @ConfigProperty(name = "library.two-person-review", defaultValue = "true")
    boolean twoPersonReview;

    @Inject
    @ConfigProperty(name = "library.max-file-megabytes", defaultValue = "2")
    int maxFileMegabytes;

    /** On: nobody approves a version they wrote or sent for review. */
    public boolean twoPersonReview() {
        return twoPersonReview;
    }

    /** The largest file editors may attach, in bytes; uploads through the pages are capped at 2 MB by the Faces servlet too. */
    public long maxFileBytes() {
        return Math.max(1, maxFileMegabytes) * 1024L * 1024L;
    }
}
