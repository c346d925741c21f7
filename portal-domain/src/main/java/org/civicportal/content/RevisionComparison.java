package org.civicportal.content;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Two revisions side by side, field by field, with the words that changed marked: what a reviewer
 * reads to see what an edit did. Values are HTML-escaped before the marks are added, so a text's
 * markup shows as text and nothing in it runs.
 */
public record RevisionComparison(int older, int newer, List<Row> rows) {

    /** One line of one field: the older and newer text (escaped, with del/ins marks) and whether it changed. */
    public record Row(String field, String olderHtml, String newerHtml, boolean changed) {
    }

    // the default line normaliser escapes &, < and > before the marks are added
    private static final DiffRowGenerator WORDS = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(false)
            .oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>")
            .build();

    /** Compares every field of the two revisions; the rich text is compared block by block. */
    public static RevisionComparison of(Revision older, Revision newer) {
        return of(older.getNumber(), newer.getNumber(), older.fields(), newer.fields());
    }

    /**
     * Compares two versions of anything written as label → text fields (a marketplace listing's,
     * say), the newer's labels in order; rich text is compared block by block.
     */
    public static RevisionComparison of(int olderNumber, int newerNumber, Map<String, String> before, Map<String, String> after) {
        List<Row> rows = new ArrayList<>();
        for (String field : after.keySet()) {
            List<String> oldLines = lines(before.getOrDefault(field, ""));
            List<String> newLines = lines(after.get(field));
            boolean first = true;
            for (DiffRow row : WORDS.generateDiffRows(oldLines, newLines)) {
                rows.add(new Row(first ? field : "", row.getOldLine(), row.getNewLine(), row.getTag() != DiffRow.Tag.EQUAL));
                first = false;
            }
        }
        return new RevisionComparison(olderNumber, newerNumber, rows);
    }

    /** True if any field differs. */
    public boolean hasChanges() {
        return rows.stream().anyMatch(Row::changed);
    }

    /** A value as lines: the rich text breaks after each block, so a changed paragraph is one row. */
    private static List<String> lines(String value) {
        if (value == null || value.isEmpty()) {
            return List.of("");
        }
        String broken = value.replace("</p>", "</p>\n").replace("</li>", "</li>\n").replace("</h2>", "</h2>\n")
                .replace("</h3>", "</h3>\n").replace("</h4>", "</h4>\n").replace("</tr>", "</tr>\n").replace("<br>", "<br>\n");
        return Arrays.stream(broken.split("\n", -1)).filter(line -> !line.isEmpty()).toList();
    }
}
