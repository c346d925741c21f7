package org.civicportal.content;

import java.util.List;

/**
 * One record as a file reader found it, before duplicates are looked for.
 *
 * @param record   the fields read, or null when the record could not be read at all
 * @param line     1-based line where the record starts
 * @param problems reading problems, each already starting with "Line N: "
 */
record ReadEntry(BibliographicRecord record, int line, List<String> problems) {

    ReadEntry {
        problems = List.copyOf(problems);
    }
}
