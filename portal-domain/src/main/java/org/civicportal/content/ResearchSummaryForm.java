package org.civicportal.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.civicportal.shared.CleanText;

/**
 * What an editor writes for a research summary. The service checks it (these constraints, the key
 * findings line by line, the rich text, the report being one of the item's PDFs) and copies it into
 * a draft revision; the form itself never touches the database.
 */
public class ResearchSummaryForm extends LibraryTextForm {

    private static final long serialVersionUID = 1L;

    /** How many key findings a summary lists at most, and how long each may be. */
    public static final int MAX_FINDINGS = 20;
    public static final int MAX_FINDING_LENGTH = 500;

    @NotBlank(message = "Name the authors, separated by semicolons.")
    @Size(max = 500, message = "Use at most 500 characters.")
    @CleanText
    private String authors;

    @Size(max = 1000, message = "Use at most 1,000 characters.")
    @CleanText(multiLine = true)
    private String partnerOrganisations;

    @NotNull(message = "Enter the date the research was published, like 2026-09-15.")
    private LocalDate publicationDate;

    /** One finding a line; read (and its limits checked) by the service. */
    private String keyFindings = "";

    /** The item's file that is the full report, or null. */
    private Long reportFileId;

    /** A form holding what the revision says, for editing it. */
    public static ResearchSummaryForm of(ResearchSummary revision) {
        ResearchSummaryForm form = new ResearchSummaryForm();
        form.readCommon(revision);
        form.authors = revision.getAuthors();
        form.partnerOrganisations = revision.getPartnerOrganisations();
        form.publicationDate = revision.getPublicationDate();
        form.keyFindings = String.join("\n", revision.getKeyFindings());
        form.reportFileId = revision.getReport() == null ? null : revision.getReport().getId();
        return form;
    }

    /** The key findings, one a line, without empty lines (their limits are checked by the service). */
    public List<String> keyFindingList() {
        return ResourceLines.lines(keyFindings);
    }

    public String getAuthors() {
        return authors;
    }

    public void setAuthors(String authors) {
        this.authors = trim(authors);
    }

    public String getPartnerOrganisations() {
        return partnerOrganisations;
    }

    public void setPartnerOrganisations(String partnerOrganisations) {
        this.partnerOrganisations = blankToNull(partnerOrganisations);
    }

    public LocalDate getPublicationDate() {
        return publicationDate;
    }

    public void setPublicationDate(LocalDate publicationDate) {
        this.publicationDate = publicationDate;
    }

    public String getKeyFindings() {
        return keyFindings;
    }

    public void setKeyFindings(String keyFindings) {
        this.keyFindings = keyFindings == null ? "" : keyFindings;
    }

    /** Sets the findings from a list, one a line. */
    public void setKeyFindingList(List<String> findings) {
        this.keyFindings = String.join("\n", findings);
    }

    public Long getReportFileId() {
        return reportFileId;
    }

    public void setReportFileId(Long reportFileId) {
        this.reportFileId = reportFileId;
    }
}
