package org.civicportal.content;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.civicportal.shared.CleanText;

/**
 * What an editor writes for one bibliography entry by hand (most come from an import). Authors are
 * typed one per line, "Family, Given"; a line without a comma is an organisation. The facts are
 * then checked as an imported entry's are ({@link BibliographicRecord#problems()}).
 */
public class BibliographyEntryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longest authors text read: 50 authors of 100 characters each, with their line breaks. */
    static final int MAX_AUTHORS_TEXT = 10_200;
    static final int MAX_TAGS_TEXT = 1_100;

    @NotNull(message = "Choose the type of work.")
    private BibliographyType type = BibliographyType.ARTICLE;

    @NotBlank(message = "Name at least one author: one per line, the family name, a comma, the given names.")
    @Size(max = MAX_AUTHORS_TEXT, message = "Name at most 50 authors.")
    @CleanText(multiLine = true)
    private String authors;

    @Min(value = BibliographicRecord.MIN_YEAR, message = "Enter a year from 1500 on.")
    @Max(value = BibliographicRecord.MAX_YEAR, message = "Enter a year up to 2100.")
    private Integer year;

    @NotBlank(message = "Enter the title of the work.")
    @Size(max = BibliographicRecord.MAX_TITLE, message = "Use at most 500 characters.")
    @CleanText
    private String title;

    @Size(max = BibliographicRecord.MAX_CONTAINER, message = "Use at most 300 characters.")
    @CleanText
    private String container;

    @Size(max = BibliographicRecord.MAX_PUBLISHER, message = "Use at most 200 characters.")
    @CleanText
    private String publisher;

    @Size(max = BibliographicRecord.MAX_NUMBERING, message = "Use at most 50 characters.")
    @CleanText
    private String volume;

    @Size(max = BibliographicRecord.MAX_NUMBERING, message = "Use at most 50 characters.")
    @CleanText
    private String issue;

    @Size(max = BibliographicRecord.MAX_NUMBERING, message = "Use at most 50 characters.")
    @CleanText
    private String pages;

    @Size(max = BibliographicRecord.MAX_DOI, message = "Use at most 200 characters.")
    @CleanText
    private String doi;

    @Size(max = BibliographicRecord.MAX_URL, message = "Use at most 2,000 characters.")
    @CleanText
    private String url;

    @Size(max = BibliographicRecord.MAX_ABSTRACT, message = "Use at most 5,000 characters.")
    @CleanText(multiLine = true)
    private String abstractText;

    @Size(max = MAX_TAGS_TEXT, message = "Use at most 20 tags of 50 characters.")
    @CleanText
    private String tags;

    @Size(max = 10, message = "Choose at most 10 service areas.")
    private List<Long> serviceAreaIds = new ArrayList<>();

    @Size(max = 14, message = "Choose characteristics from the list.")
    private List<String> characteristics = new ArrayList<>();

    /** A form holding what the entry says, for editing it. */
    public static BibliographyEntryForm of(BibliographyEntry entry) {
        BibliographicRecord record = entry.toRecord();
        BibliographyEntryForm form = new BibliographyEntryForm();
        form.type = record.type();
        form.authors = String.join("\n", record.authors().stream().map(Author::familyFirst).toList());
        form.year = record.year();
        form.title = record.title();
        form.container = record.container();
        form.publisher = record.publisher();
        form.volume = record.volume();
        form.issue = record.issue();
        form.pages = record.pages();
        form.doi = record.doi();
        form.url = record.url();
        form.abstractText = record.abstractText();
        form.tags = String.join(", ", record.tags());
        form.serviceAreaIds = new ArrayList<>(entry.getServiceAreas().stream().map(a -> a.getId()).toList());
        form.characteristics = new ArrayList<>(entry.getCharacteristics().stream().map(Enum::name).toList());
        return form;
    }

    /** The facts as a record, the authors and tags read from their lines and commas. */
    public BibliographicRecord toRecord() {
        List<Author> people = new ArrayList<>();
        for (String line : lines(authors, '\n')) {
            int comma = line.indexOf(',');
            people.add(comma < 0 ? new Author(line, "") : new Author(line.substring(0, comma), line.substring(comma + 1)));
        }
        return new BibliographicRecord(type, people, year, title, container, publisher, volume, issue, pages, doi, url,
                abstractText, lines(tags, ','));
    }

    /** The non-blank parts of a text cut at a character (no regular expression). */
    private static List<String> lines(String text, char separator) {
        List<String> parts = new ArrayList<>();
        if (text == null) {
            return parts;
        }
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == separator) {
                String part = text.substring(start, i).strip();
                if (!part.isEmpty()) {
                    parts.add(part);
                }
                start = i + 1;
            }
        }
        return parts;
    }

    public BibliographyType getType() {
        return type;
    }

    public void setType(BibliographyType type) {
        this.type = type;
    }

    public String getAuthors() {
        return authors;
    }

    public void setAuthors(String authors) {
        this.authors = authors;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getContainer() {
        return container;
    }

    public void setContainer(String container) {
        this.container = container;
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public String getVolume() {
        return volume;
    }

    public void setVolume(String volume) {
        this.volume = volume;
    }

    public String getIssue() {
        return issue;
    }

    public void setIssue(String issue) {
        this.issue = issue;
    }

    public String getPages() {
        return pages;
    }

    public void setPages(String pages) {
        this.pages = pages;
    }

    public String getDoi() {
        return doi;
    }

    public void setDoi(String doi) {
        this.doi = doi;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getAbstractText() {
        return abstractText;
    }

    public void setAbstractText(String abstractText) {
        this.abstractText = abstractText;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public List<Long> getServiceAreaIds() {
        return serviceAreaIds;
    }

    public void setServiceAreaIds(List<Long> serviceAreaIds) {
        this.serviceAreaIds = serviceAreaIds == null ? new ArrayList<>() : new ArrayList<>(serviceAreaIds);
    }

    public List<String> getCharacteristics() {
        return characteristics;
    }

    public void setCharacteristics(List<String> characteristics) {
        this.characteristics = characteristics == null ? new ArrayList<>() : new ArrayList<>(characteristics);
    }
}
