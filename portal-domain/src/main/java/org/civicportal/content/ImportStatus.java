package org.civicportal.content;

/** What an import would do with one record of an uploaded bibliography file. */
public enum ImportStatus {
    /** Readable, complete and not yet in the library: it would be saved. */
    NEW,
    /** Already in the library, or earlier in the same file: it would be skipped. */
    DUPLICATE,
    /** Unreadable or incomplete: it would be skipped, and the messages say why. */
    MALFORMED
}
