package org.civicportal.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civicportal.shared.CleanText;

/**
 * What an editor writes for a research summary. The service checks it (these constraints, the key
 * findings line by line, the rich text, the report being one of the item's PDFs) and copies it into
 * a draft revision; the form itself never touches the database.
 */
public class ResearchSummaryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many key findings a summary lists at most, and how long each may be. */
    public static final int MAX_FINDINGS = 20;
    public static final int MAX_FINDING_LENGTH = 500;

    @NotBlank(message = "Enter the title.")
    @Size(max = 300, message = "Use at most 300 characters.")
    @CleanText
    private String title;

    @NotBlank(message = "Write the abstract: a paragraph that search results and visitors who are not members see.")
    @Size(max = 2000, message = "Use at most 2,000 characters.")
    @CleanText(multiLine = true)
    private String summary;

    @Size(max = RichText.MAX_LENGTH, message = "The text is too long: use at most 200,000 characters.")
    private String bodyHtml = "";

    @NotNull(message = "Choose who may read the full text.")
    private Access access = Access.PUBLIC;

    @Size(max = 10, message = "Choose at most 10 service areas.")
    private List<Long> serviceAreaIds = new ArrayList<>();

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
        form.title = revision.getTitle();
        form.summary = revision.getSummary();
        form.bodyHtml = revision.getBodyHtml();
        form.access = revision.getAccess();
        form.serviceAreaIds = new ArrayList<>(revision.getServiceAreas().stream().map(a -> a.getId()).toList());
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

    private static String trim(String text) {
        return text == null ? null : text.strip();
    }

    private static String blankToNull(String text) {
        String trimmed = trim(text);
        return trimmed == null || trimmed.isEmpty() ? null : trimmed;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = trim(title);
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = trim(summary);
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public void setBodyHtml(String bodyHtml) {
        this.bodyHtml = bodyHtml == null ? "" : bodyHtml;
    }

    public Access getAccess() {
        return access;
    }

    public void setAccess(Access access) {
        this.access = access;
    }

    public List<Long> getServiceAreaIds() {
        return serviceAreaIds;
    }

    public void setServiceAreaIds(List<Long> serviceAreaIds) {
        this.serviceAreaIds = serviceAreaIds == null ? new ArrayList<>() : new ArrayList<>(serviceAreaIds);
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
