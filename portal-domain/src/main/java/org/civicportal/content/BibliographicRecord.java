package org.civicportal.content;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One entry of the research library's bibliography. Immutable: texts are trimmed (blank becomes
 * null), lists are copied, and the DOI is kept in its plain form ("10.1093/jopart/mug030").
 * Construction never refuses input; {@link #problems()} says what is wrong with it.
 *
 * @param type         the kind of work
 * @param authors      the authors in the order of the publication
 * @param year         year of publication
 * @param title        title of the work
 * @param container    journal title (articles), book title (chapters) or site name (web pages)
 * @param publisher    publisher or issuing organisation
 * @param volume       volume of the journal
 * @param issue        issue (number) of the journal
 * @param pages        page range, such as "441-468"
 * @param doi          Digital Object Identifier, normalised by {@link #normaliseDoi(String)}
 * @param url          web address
 * @param abstractText summary of the work
 * @param tags         subject tags
 */
public record BibliographicRecord(BibliographyType type, List<Author> authors, Integer year, String title,
        String container, String publisher, String volume, String issue, String pages, String doi, String url,
        String abstractText, List<String> tags) implements Serializable {

    public static final int MIN_YEAR = 1500;
    public static final int MAX_YEAR = 2100;
    public static final int MAX_TITLE = 500;
    public static final int MAX_CONTAINER = 300;
    public static final int MAX_PUBLISHER = 200;
    public static final int MAX_ABSTRACT = 5000;
    public static final int MAX_AUTHOR_NAME = 100;
    public static final int MAX_DOI = 200;
    public static final int MAX_URL = 2000;
    public static final int MAX_AUTHORS = 50;
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG = 50;
    /** Volume, issue and pages are short by nature; a long one is a field read into the wrong place. */
    public static final int MAX_NUMBERING = 50;

    /** Normalises texts and copies lists; drops missing authors and blank tags. */
    public BibliographicRecord {
        authors = authors == null ? List.of() : authors.stream().filter(Objects::nonNull).toList();
        tags = tags == null ? List.of()
                : tags.stream().map(BibliographicRecord::clean).filter(Objects::nonNull).toList();
        title = clean(title);
        container = clean(container);
        publisher = clean(publisher);
        volume = clean(volume);
        issue = clean(issue);
        pages = clean(pages);
        doi = normaliseDoi(doi);
        url = clean(url);
        abstractText = clean(abstractText);
    }

    /** @return a builder with every field empty */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Brings a DOI to its plain form: trimmed, lower-case (DOIs are case-insensitive), without a
     * resolver address or "doi:" in front.
     *
     * @param doi a DOI as people write it, or null
     * @return the plain DOI, or null when nothing is left
     */
    public static String normaliseDoi(String doi) {
        String d = clean(doi);
        if (d == null) {
            return null;
        }
        d = d.toLowerCase(Locale.ROOT);
        for (String prefix : List.of("https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
                "http://dx.doi.org/", "doi.org/", "doi:")) {
            if (d.startsWith(prefix)) {
                d = d.substring(prefix.length()).strip();
                break;
            }
        }
        return d.isEmpty() ? null : d;
    }

    /**
     * Checks the entry against the library's rules. Pure: looks at this entry only.
     *
     * @return plain-English sentences, one per problem; empty when the entry may be saved
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (type == null) {
            problems.add("The kind of work is missing.");
        }
        if (title == null) {
            problems.add("The title is missing.");
        }
        tooLong(problems, "title", title, MAX_TITLE);
        if (year == null) {
            problems.add("The year is missing.");
        } else if (year < MIN_YEAR || year > MAX_YEAR) {
            problems.add("The year " + year + " is not between " + MIN_YEAR + " and " + MAX_YEAR + ".");
        }
        authorProblems(problems);
        tooLong(problems, "journal or book title", container, MAX_CONTAINER);
        tooLong(problems, "publisher", publisher, MAX_PUBLISHER);
        tooLong(problems, "volume", volume, MAX_NUMBERING);
        tooLong(problems, "issue", issue, MAX_NUMBERING);
        tooLong(problems, "page range", pages, MAX_NUMBERING);
        tooLong(problems, "DOI", doi, MAX_DOI);
        tooLong(problems, "abstract", abstractText, MAX_ABSTRACT);
        if (url != null) {
            if (url.length() > MAX_URL) {
                tooLong(problems, "web address", url, MAX_URL);
            } else if (!isWebAddress(url)) {
                problems.add("The web address must start with http:// or https:// and name a site.");
            }
        }
        if (tags.size() > MAX_TAGS) {
            problems.add("There are " + tags.size() + " tags; at most " + MAX_TAGS + " are allowed.");
        }
        for (String tag : tags) {
            if (tag.length() > MAX_TAG) {
                problems.add("The tag \"" + tag.substring(0, 20) + "...\" is longer than " + MAX_TAG + " characters.");
            }
        }
        return problems;
    }

    private void authorProblems(List<String> problems) {
        if (authors.isEmpty()) {
            if (type == BibliographyType.WEB_PAGE) {
                if (container == null) {
                    problems.add("A web page needs at least one author or the name of its site.");
                }
            } else {
                problems.add("At least one author is needed.");
            }
        }
        if (authors.size() > MAX_AUTHORS) {
            problems.add("There are " + authors.size() + " authors; at most " + MAX_AUTHORS + " are allowed.");
        }
        for (int i = 0; i < authors.size() && i < MAX_AUTHORS; i++) {
            Author a = authors.get(i);
            if (a.family().isEmpty()) {
                problems.add("Author " + (i + 1) + " has no family name.");
            }
            if (a.family().length() > MAX_AUTHOR_NAME || a.given().length() > MAX_AUTHOR_NAME) {
                problems.add("A name of author " + (i + 1) + " is longer than " + MAX_AUTHOR_NAME + " characters.");
            }
        }
    }

    private static void tooLong(List<String> problems, String what, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add("The " + what + " is longer than " + max + " characters.");
        }
    }

    private static boolean isWebAddress(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        return s.isEmpty() ? null : s;
    }

    /** Collects the fields of a record one by one, as file readers find them. */
    public static final class Builder {
        private BibliographyType type;
        private final List<Author> authors = new ArrayList<>();
        private Integer year;
        private String title, container, publisher, volume, issue, pages, doi, url, abstractText;
        private final List<String> tags = new ArrayList<>();

        private Builder() {
        }

        public Builder type(BibliographyType v) { type = v; return this; }
        public Builder author(String family, String given) { authors.add(new Author(family, given)); return this; }
        public Builder year(Integer v) { year = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder container(String v) { container = v; return this; }
        public Builder publisher(String v) { publisher = v; return this; }
        public Builder volume(String v) { volume = v; return this; }
        public Builder issue(String v) { issue = v; return this; }
        public Builder pages(String v) { pages = v; return this; }
        public Builder doi(String v) { doi = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder abstractText(String v) { abstractText = v; return this; }
        public Builder tag(String v) { tags.add(v); return this; }

        /** @return true when no container has been set yet, so a reader can keep the first one it finds */
        boolean hasContainer() { return container != null && !container.isBlank(); }

        /** @return the record with the fields set so far */
        public BibliographicRecord build() {
            return new BibliographicRecord(type, authors, year, title, container, publisher, volume, issue, pages,
                    doi, url, abstractText, tags);
        }
    }
}
