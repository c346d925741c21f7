package org.civicportal.content;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.civicportal.decision.Characteristic;
import org.civicportal.shared.servicearea.ServiceArea;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One revision of a bibliography entry: a published work (article, report, book, chapter, web
 * page) with its authors in order. Its APA and Chicago citations are formatted when it is written,
 * from the same facts, so every list shows them without formatting anything.
 */
@Entity
@Table(name = "bibliography_entry")
@DiscriminatorValue("BIBLIOGRAPHY_ENTRY")
@PrimaryKeyJoinColumn(name = "revision_id")
public class BibliographyEntry extends Revision {

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_type", nullable = false, length = 20)
    private BibliographyType entryType;

    @BatchFetch(BatchFetchType.IN) // a list of entries reads its authors in one query, not one per row
    @ElementCollection
    @CollectionTable(name = "bibliography_author", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    private List<AuthorName> authors = new ArrayList<>();

    @Column(name = "publication_year")
    private Integer year;

    @Column(length = 300)
    private String container;

    @Column(length = 200)
    private String publisher;

    @Column(length = 50)
    private String volume;

    @Column(length = 50)
    private String issue;

    @Column(length = 50)
    private String pages;

    @Column(length = 200)
    private String doi;

    @Column(length = 2000)
    private String url;

    @Column(name = "abstract_text", length = 5000)
    private String abstractText;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection
    @CollectionTable(name = "bibliography_tag", joinColumns = @JoinColumn(name = "revision_id"))
    @Column(name = "tag", length = 50)
    private List<String> tags = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection
    @CollectionTable(name = "bibliography_characteristic", joinColumns = @JoinColumn(name = "revision_id"))
    @Column(name = "characteristic", length = 40)
    @Enumerated(EnumType.STRING)
    private Set<Characteristic> characteristics = new TreeSet<>();

    @Column(name = "citation_apa", nullable = false, length = 4000)
    private String citationApa;

    @Column(name = "citation_chicago", nullable = false, length = 4000)
    private String citationChicago;

    protected BibliographyEntry() {
        // for JPA
    }

    BibliographyEntry(LibraryItem item, int number, long authorId, Instant now) {
        super(item, number, authorId, now);
    }

    /** Writes the record's facts into this draft, with its citations formatted now. */
    void write(BibliographicRecord record, long editorId, Instant now) {
        write(record, List.of(), Set.of(), editorId, now);
    }

    /** Writes the facts, the service areas and the characteristics it informs, with its citations formatted now. */
    void write(BibliographicRecord record, List<ServiceArea> areas, Set<Characteristic> informs, long editorId, Instant now) {
        String summary = record.abstractText() == null ? "" : shorten(record.abstractText(), 2000);
        writeCommon(shorten(record.title(), 300), summary, "", Access.PUBLIC, areas, editorId, now);
        characteristics = new TreeSet<>(informs);
        entryType = record.type();
        authors = record.authors().stream().map(AuthorName::new).collect(Collectors.toCollection(ArrayList::new));
        year = record.year();
        container = record.container();
        publisher = record.publisher();
        volume = record.volume();
        issue = record.issue();
        pages = record.pages();
        doi = record.doi();
        url = record.url();
        abstractText = record.abstractText();
        tags = new ArrayList<>(record.tags());
        citationApa = shorten(Citations.apa(record), 4000);
        citationChicago = shorten(Citations.chicagoAuthorDate(record), 4000);
    }

    /** The facts as the bibliography's import, export and citations read them. */
    public BibliographicRecord toRecord() {
        return new BibliographicRecord(entryType, authors.stream().map(AuthorName::toAuthor).toList(), year, getTitle(), container,
                publisher, volume, issue, pages, doi, url, abstractText, tags);
    }

    @Override
    Revision copyAsDraft(int newNumber, long authorId, Instant now) {
        BibliographyEntry copy = new BibliographyEntry(getItem(), newNumber, authorId, now);
        copy.write(toRecord(), getServiceAreas(), characteristics, authorId, now);
        return copy;
    }

    @Override
    protected void addOwnFields(Map<String, String> fields) {
        fields.put("Type", entryType.getLabel());
        fields.put("Authors", authors.stream().map(a -> a.toAuthor().familyFirst()).collect(Collectors.joining("; ")));
        fields.put("Year", year == null ? "" : year.toString());
        fields.put("Journal or book", nullToEmpty(container));
        fields.put("Publisher", nullToEmpty(publisher));
        fields.put("Volume, issue, pages", String.join(" / ", nullToEmpty(volume), nullToEmpty(issue), nullToEmpty(pages)));
        fields.put("DOI", nullToEmpty(doi));
        fields.put("Web address", nullToEmpty(url));
        fields.put("Tags", String.join(", ", tags));
        fields.put("Informs", characteristics.stream().map(Enum::name).collect(Collectors.joining(", ")));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    public BibliographyType getEntryType() {
        return entryType;
    }

    public List<AuthorName> getAuthors() {
        return authors;
    }

    /** "Brown, T. L.; Potoski, M." as a line under the title. */
    public String getAuthorLine() {
        return authors.stream().map(a -> a.toAuthor().familyFirst()).collect(Collectors.joining("; "));
    }

    public Integer getYear() {
        return year;
    }

    public String getContainer() {
        return container;
    }

    public String getPublisher() {
        return publisher;
    }

    public String getVolume() {
        return volume;
    }

    public String getIssue() {
        return issue;
    }

    public String getPages() {
        return pages;
    }

    public String getDoi() {
        return doi;
    }

    public String getUrl() {
        return url;
    }

    public String getAbstractText() {
        return abstractText;
    }

    public List<String> getTags() {
        return tags;
    }

    /** The decision-matrix characteristics the work informs. */
    public Set<Characteristic> getCharacteristics() {
        return characteristics;
    }

    public String getCitationApa() {
        return citationApa;
    }

    public String getCitationChicago() {
        return citationChicago;
    }
}
