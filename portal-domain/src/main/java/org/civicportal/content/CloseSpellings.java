package org.civicportal.content;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The words of the index spelt closest to a word that occurs nowhere: a "did you mean" done once
 * per mistyped word, so the search itself then runs on exact terms. A fuzzy query would instead
 * widen into dozens of terms in every field and make the highlighter repeat the work; measured,
 * that made typo searches about ten times dearer than the others.
 *
 * <p>Only the fields passed in are read, so a visitor who is not a member never gets a correction
 * taken from a members-only body.
 */
final class CloseSpellings {

    /** Corrections kept for one word: the closest few, so that near ties are all searched. */
    static final int MAX_CORRECTIONS = 3;
    /** Terms looked at per field at most; a bound on the work whatever the dictionary holds. */
    static final int MAX_SCANNED = 500;
    /** Leading characters a typo may not change; keeps the scan of the term dictionary short. */
    static final int PREFIX = 1;

    private CloseSpellings() {
    }

    private record Candidate(String term, float similarity, long docFreq) {
        Candidate merge(Candidate other) {
            return new Candidate(term, Math.max(similarity, other.similarity), docFreq + other.docFreq);
        }
    }

    /**
     * Up to {@value #MAX_CORRECTIONS} indexed terms within {@code maxEdits} of {@code term} in any of
     * the fields, closest first, then the most frequent; empty when nothing is close.
     */
    static List<String> of(IndexReader reader, String[] fields, String term, int maxEdits) throws IOException {
        Map<String, Candidate> found = new HashMap<>();
        for (String field : fields) {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) {
                continue;
            }
            FuzzyTermsEnum close = new FuzzyTermsEnum(terms, new Term(field, term), maxEdits, PREFIX, true);
            BytesRef candidate;
            int scanned = 0;
            while (scanned++ < MAX_SCANNED && (candidate = close.next()) != null) {
                Candidate c = new Candidate(candidate.utf8ToString(), close.getBoost(), close.docFreq());
                found.merge(c.term(), c, Candidate::merge);
            }
        }
        List<Candidate> best = new ArrayList<>(found.values());
        best.sort(Comparator.comparingDouble(Candidate::similarity).reversed()
                .thenComparing(Comparator.comparingLong(Candidate::docFreq).reversed())
                .thenComparing(Candidate::term));
        List<String> corrections = new ArrayList<>(MAX_CORRECTIONS);
        for (int i = 0; i < best.size() && i < MAX_CORRECTIONS; i++) {
            corrections.add(best.get(i).term());
        }
        return corrections;
    }
}
