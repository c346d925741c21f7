package org.civicportal.content;

import java.io.Serializable;
import java.util.List;

/**
 * What an uploaded bibliography file contains and what saving it would do, shown to the editor
 * before anything is stored.
 *
 * @param format       "BibTeX" or "RIS", or null when the format could not be told
 * @param fileProblems problems with the file as a whole; when there are any, the file has no records
 * @param records      the records in file order
 */
public record ImportPreview(String format, List<String> fileProblems, List<ImportedRecord> records) implements Serializable {

    /** Copies the lists so the preview cannot change afterwards. */
    public ImportPreview {
        fileProblems = fileProblems == null ? List.of() : List.copyOf(fileProblems);
        records = records == null ? List.of() : List.copyOf(records);
    }

    /** A preview of a file that could not be read at all. */
    static ImportPreview unreadable(String format, String problem) {
        return new ImportPreview(format, List.of(problem), List.of());
    }

    /** @return true when the file was readable and at least one record would be saved */
    public boolean canBeSaved() {
        return fileProblems.isEmpty() && count(ImportStatus.NEW) > 0;
    }

    /** @return the records that saving would store, in file order */
    public List<BibliographicRecord> newRecords() {
        return records.stream().filter(r -> r.status() == ImportStatus.NEW).map(ImportedRecord::record).toList();
    }

    /** @return how many records have the given status */
    public int count(ImportStatus status) {
        return (int) records.stream().filter(r -> r.status() == status).count();
    }

    /** @return every message, file problems first, then those of the records in file order */
    public List<String> allMessages() {
        return java.util.stream.Stream.concat(fileProblems.stream(),
                records.stream().flatMap(r -> r.messages().stream())).toList();
    }
}
