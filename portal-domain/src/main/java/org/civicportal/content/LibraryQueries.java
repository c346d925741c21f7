package org.civicportal.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns the words a visitor typed into a Lucene query, without any query syntax: the text goes
 * through the English analyser (so "contracts" and "contracting" meet at "contract", and stop words
 * drop out) and the query is assembled from the resulting terms. Characters such as {@code :},
 * {@code (}, {@code *} or {@code ~} therefore mean nothing and cannot make parsing fail.
 *
 * <p>Every word must appear in the title, summary or body of a document (AND between words);
 * a title match weighs three times and a summary match twice a body match. A word of five
 * characters or more that occurs nowhere is looked up with one typo allowed (two from eight
 * characters) instead, through {@link CloseSpellings}: checking that it occurs nowhere costs one
 * term lookup per field, so the correction is only paid for words that would otherwise find nothing.
 */
final class LibraryQueries {

    static final float TITLE_BOOST = 3f;
    static final float SUMMARY_BOOST = 2f;
    /** Most words used from one search text; more words only narrow an AND search further. */
    static final int MAX_WORDS = 12;
    static final int FUZZY_MIN_LENGTH = 5;
    static final int FUZZY_TWO_EDITS_LENGTH = 8;

    private final Analyzer analyzer;

    LibraryQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** An analysed word, and the length of the word as typed (which decides the typo tolerance). */
    record Word(String term, int typedLength) {
    }

    /** The distinct analysed words of a text (already capped by {@link SearchRequest}), at most {@value #MAX_WORDS}. */
    List<Word> words(String text) {
        Map<String, Word> words = new LinkedHashMap<>();
        try (TokenStream stream = analyzer.tokenStream(LibraryFields.TITLE, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken() && words.size() < MAX_WORDS) {
                String t = term.toString();
                words.putIfAbsent(t, new Word(t, offset.endOffset() - offset.startOffset()));
            }
            stream.end();
        } catch (IOException e) {
            // analysing a String does no I/O; this would be a bug in the analyser
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(words.values());
    }

    /**
     * The query for a text, for a member or not; a text without any usable word (only stop words or
     * punctuation) matches nothing.
     */
    Query forText(String text, boolean member, IndexReader reader) throws IOException {
        List<Word> words = words(text);
        if (words.isEmpty()) {
            return new MatchNoDocsQuery("no searchable word");
        }
        String[] fields = searchedFields(member);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Word word : words) {
            List<String> terms = List.of(word.term());
            if (word.typedLength() >= FUZZY_MIN_LENGTH && occursNowhere(reader, fields, word.term())) {
                int edits = word.typedLength() >= FUZZY_TWO_EDITS_LENGTH ? 2 : 1;
                terms = CloseSpellings.of(reader, fields, word.term(), edits);
                if (terms.isEmpty()) {
                    return new MatchNoDocsQuery("a word found nowhere, not even misspelt");
                }
            }
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            for (String field : fields) {
                for (String term : terms) {
                    anyField.add(boosted(field, new TermQuery(new Term(field, term))), BooleanClause.Occur.SHOULD);
                }
            }
            all.add(anyField.build(), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    /** The same words as plain term lookups in one field, for the benchmark's reference. */
    Query plainTerms(String text) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Word word : words(text)) {
            all.add(new TermQuery(new Term(LibraryFields.BODY, word.term())), BooleanClause.Occur.SHOULD);
        }
        return all.build();
    }

    /** Title, summary and the bodies the visitor may search. */
    static String[] searchedFields(boolean member) {
        String[] bodies = LibraryFields.bodyFields(member);
        String[] fields = new String[2 + bodies.length];
        fields[0] = LibraryFields.TITLE;
        fields[1] = LibraryFields.SUMMARY;
        System.arraycopy(bodies, 0, fields, 2, bodies.length);
        return fields;
    }

    private static boolean occursNowhere(IndexReader reader, String[] fields, String term) throws IOException {
        for (String field : fields) {
            if (reader.docFreq(new Term(field, term)) > 0) {
                return false;
            }
        }
        return true;
    }

    private static Query boosted(String field, Query query) {
        return switch (field) {
            case LibraryFields.TITLE -> new BoostQuery(query, TITLE_BOOST);
            case LibraryFields.SUMMARY -> new BoostQuery(query, SUMMARY_BOOST);
            default -> query;
        };
    }
}
