package org.civicportal.content;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * Writes a new research summary or its open draft ({@code admin/content/research-summary.xhtml[?item=…]}),
 * as {@link CaseStudyFormPage} does a case study; the full report is chosen from the item's PDF files.
 */
@Named
@ViewScoped
public class ResearchSummaryFormPage extends DraftFormPage<ResearchSummaryForm, ResearchSummary> {

    private static final long serialVersionUID = 1L;

    private List<LibraryFile> reportChoices = List.of();

    @Override
    protected ResearchSummaryForm newForm() {
        return new ResearchSummaryForm();
    }

    @Override
    protected Class<ResearchSummary> revisionType() {
        return ResearchSummary.class;
    }

    @Override
    protected ResearchSummaryForm formOf(ResearchSummary draft) {
        return ResearchSummaryForm.of(draft);
    }

    @Override
    protected void loaded(long itemId) {
        // the full report is one of the item's own PDF files
        reportChoices = administration.files(itemId).stream().filter(f -> "application/pdf".equals(f.getMediaType())).toList();
    }

    @Override
    protected ResearchSummary create(ResearchSummaryForm form) {
        return administration.createResearchSummary(form);
    }

    @Override
    protected ResearchSummary save(long itemId, ResearchSummaryForm form, int seenVersion) {
        return administration.saveResearchSummary(itemId, form, seenVersion);
    }

    public List<LibraryFile> getReportChoices() {
        return reportChoices;
    }
}
