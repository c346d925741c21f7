package org.civicportal.content;

import java.io.Serializable;
import java.util.List;

/**
 * One record of an uploaded file as the import preview shows it.
 *
 * @param record   the entry as read, or null when it could not be read at all
 * @param line     the 1-based line of the file where the record starts
 * @param status   what saving the preview would do with it
 * @param messages plain-English explanations, each starting with "Line N: "; empty for a plain new record
 */
public record ImportedRecord(BibliographicRecord record, int line, ImportStatus status, List<String> messages) implements Serializable {

    /** Copies the messages so the preview cannot change afterwards. */
    public ImportedRecord {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }
}
