package org.civicportal.content;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicportal.shared.servicearea.ServiceArea;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One revision of a research summary: a piece of research told for managers, with its authors, its
 * key findings and the full report. Its abstract is the revision's summary; its sections the text.
 */
@Entity
@Table(name = "research_summary")
@DiscriminatorValue("RESEARCH_SUMMARY")
@PrimaryKeyJoinColumn(name = "revision_id")
public class ResearchSummary extends Revision {

    @Column(nullable = false, length = 500)
    private String authors;

    @Column(name = "partner_organisations", length = 1000)
    private String partnerOrganisations;

    @Column(name = "publication_date")
    private LocalDate publicationDate;

    @BatchFetch(BatchFetchType.IN) // a list of revisions reads this in one query, not one per row
    @ElementCollection
    @CollectionTable(name = "research_summary_finding", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    @Column(name = "finding", length = 500, nullable = false)
    private List<String> keyFindings = new ArrayList<>();

    /** The full report: one of the item's own files (a PDF), or none. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "report_file_id")
    private LibraryFile report;

    protected ResearchSummary() {
        // for JPA
    }

    ResearchSummary(LibraryItem item, int number, long authorId, Instant now) {
        super(item, number, authorId, now);
    }

    /** Writes the form into this draft, with the body as the sanitiser returned it and the report as checked. */
    void write(ResearchSummaryForm form, String sanitisedBody, List<ServiceArea> areas, LibraryFile checkedReport,
               long editorId, Instant now) {
        writeCommon(form.getTitle(), form.getSummary(), sanitisedBody, form.getAccess(), areas, editorId, now);
        authors = form.getAuthors();
        partnerOrganisations = form.getPartnerOrganisations();
        publicationDate = form.getPublicationDate();
        keyFindings = new ArrayList<>(form.keyFindingList());
        report = checkedReport;
    }

    @Override
    Revision copyAsDraft(int newNumber, long authorId, Instant now) {
        ResearchSummary copy = new ResearchSummary(getItem(), newNumber, authorId, now);
        copyCommonTo(copy);
        copy.authors = authors;
        copy.partnerOrganisations = partnerOrganisations;
        copy.publicationDate = publicationDate;
        copy.keyFindings = new ArrayList<>(keyFindings);
        copy.report = report;
        return copy;
    }

    @Override
    protected void addOwnFields(Map<String, String> fields) {
        fields.put("Authors", authors);
        fields.put("Partner organisations", partnerOrganisations == null ? "" : partnerOrganisations);
        fields.put("Publication date", publicationDate == null ? "" : publicationDate.toString());
        fields.put("Key findings", String.join("\n", keyFindings));
        fields.put("Full report", report == null ? "" : report.getFileName());
    }

    public String getAuthors() {
        return authors;
    }

    public String getPartnerOrganisations() {
        return partnerOrganisations;
    }

    public LocalDate getPublicationDate() {
        return publicationDate;
    }

    public List<String> getKeyFindings() {
        return keyFindings;
    }

    public LibraryFile getReport() {
        return report;
    }
}
