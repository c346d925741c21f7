package org.civicportal.content;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets of found documents: about {@value #LENGTH} characters around the best match of the
 * body, else of the summary, else the start of the summary; always HTML-escaped, with only
 * {@code <mark>} tags added around matched words.
 *
 * <p>For a visitor who is not a member, the members-only body field is never asked for, and the
 * query given here never names it either, so a members-only document's snippet comes only from
 * its summary.
 */
final class LibrarySnippets {

    /** Target length of a snippet, in characters. */
    static final int LENGTH = 200;
    private static final String MARK = "<mark>";
    private static final String END_MARK = "</mark>";

    private final Analyzer analyzer;

    LibrarySnippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * One snippet per document, in the order of {@code docIds}.
     *
     * @param query the text query (null for a listing without words: summaries are shown then)
     * @param summaries the stored summaries of the same documents, for the fallback
     */
    String[] snippets(IndexSearcher searcher, Query query, boolean member, int[] docIds, String[] summaries)
            throws IOException {
        String[] snippets = new String[docIds.length];
        if (query != null && docIds.length > 0) {
            String[] fields = fields(member);
            int[] passages = new int[fields.length];
            java.util.Arrays.fill(passages, 1);
            Map<String, String[]> found = highlighter(searcher).highlightFields(fields, query, docIds, passages);
            for (String field : fields) {
                String[] perDoc = found.get(field);
                for (int i = 0; i < docIds.length; i++) {
                    if (snippets[i] == null && perDoc != null && perDoc[i] != null && !perDoc[i].isEmpty()) {
                        snippets[i] = perDoc[i];
                    }
                }
            }
        }
        for (int i = 0; i < docIds.length; i++) {
            if (snippets[i] == null) {
                snippets[i] = Texts.escapedExcerpt(summaries[i], LENGTH);
            }
        }
        return snippets;
    }

    /** The fields a snippet may come from, in order of preference. */
    private static String[] fields(boolean member) {
        return member
                ? new String[] {LibraryFields.BODY, LibraryFields.MEMBERS_BODY, LibraryFields.SUMMARY}
                : new String[] {LibraryFields.BODY, LibraryFields.SUMMARY};
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                // the whole capped body is looked at, not only its first 10,000 characters
                .withMaxLength(SearchDocument.MAX_BODY)
                // a field without a match gives null, so the next field is tried
                .withMaxNoHighlightPassages(0)
                // passages cut at word boundaries near the target length, the match in the middle
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ENGLISH), LENGTH, 0.5f))
                .withFormatter(new MarkFormatter())
                .build();
    }

    /** Escapes the text and marks the matches; "…" shows that the passage is cut. */
    static final class MarkFormatter extends PassageFormatter {

        @Override
        public String format(Passage[] passages, String content) {
            StringBuilder out = new StringBuilder(LENGTH + 64);
            for (Passage passage : passages) {
                int start = passage.getStartOffset();
                int end = passage.getEndOffset();
                if (start > 0) {
                    out.append('…');
                }
                int pos = start;
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    int matchStart = Math.max(passage.getMatchStarts()[i], pos);
                    int matchEnd = Math.min(passage.getMatchEnds()[i], end);
                    if (matchEnd <= matchStart) {
                        continue; // overlaps a match already marked
                    }
                    Texts.appendEscaped(out, content, pos, matchStart);
                    out.append(MARK);
                    Texts.appendEscaped(out, content, matchStart, matchEnd);
                    out.append(END_MARK);
                    pos = matchEnd;
                }
                Texts.appendEscaped(out, content, pos, end);
                if (end < content.length()) {
                    out.append('…');
                }
            }
            return out.toString().strip();
        }
    }
}
