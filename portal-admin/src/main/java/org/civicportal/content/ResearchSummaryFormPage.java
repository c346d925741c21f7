package org.civicportal.content;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.civicportal.shared.FieldMessages;
import org.civicportal.shared.servicearea.ServiceArea;
import org.civicportal.shared.servicearea.ServiceAreas;

/**
 * Writes a new research summary or its open draft ({@code admin/content/research-summary.xhtml[?item=…]}),
 * as {@link CaseStudyFormPage} does a case study: the draft's version is remembered when the page
 * opens, so a save over another editor's newer save is refused and this editor's text stays.
 */
@Named
@ViewScoped
public class ResearchSummaryFormPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LibraryAdministration administration;

    @Inject
    ServiceAreas serviceAreas;

    private Long item;
    private ResearchSummaryForm form;
    private List<LibraryFile> reportChoices = List.of();
    private int seenVersion;
    private boolean editable = true;
    private String notEditableReason;

    /** Loads the item's open draft, or starts a new research summary. */
    public void load() {
        if (form != null) {
            return;
        }
        if (item == null) {
            form = new ResearchSummaryForm();
            return;
        }
        LibraryItem found = administration.item(item).orElse(null);
        Revision open = found == null ? null : found.getOpenRevision();
        if (!(open instanceof ResearchSummary draft)) {
            editable = false;
            notEditableReason = found == null ? "This item does not exist." : "This item has no draft: start one from its page.";
            return;
        }
        EditorialVerdict verdict = administration.policy().mayEdit(draft);
        editable = verdict.allowed();
        notEditableReason = verdict.reason();
        form = ResearchSummaryForm.of(draft);
        seenVersion = draft.getVersion();
        // the full report is one of the item's own PDF files
        reportChoices = administration.files(item).stream().filter(f -> "application/pdf".equals(f.getMediaType())).toList();
    }

    /** Saves the draft and shows the item's page; mistakes are shown at their fields, nothing saved. */
    public String save() {
        Revision saved = item == null ? administration.createResearchSummary(form) : administration.saveResearchSummary(item, form, seenVersion);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        FieldMessages.info("Draft saved. When it is ready, send it for review.");
        return "/admin/content/item?faces-redirect=true&id=" + saved.getItem().getId();
    }

    public List<ServiceArea> getServiceAreaChoices() {
        return serviceAreas.choosable();
    }

    public Access[] getAccesses() {
        return Access.values();
    }

    public List<LibraryFile> getReportChoices() {
        return reportChoices;
    }

    public Long getItem() {
        return item;
    }

    public void setItem(Long item) {
        this.item = item;
    }

    public ResearchSummaryForm getForm() {
        return form;
    }

    public boolean isEditable() {
        return editable;
    }

    public String getNotEditableReason() {
        return notEditableReason;
    }
}
