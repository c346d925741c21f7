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
 * Writes a new training programme or its open draft ({@code admin/content/training-programme.xhtml[?item=…]}),
 * as {@link CaseStudyFormPage} does a case study.
 */
@Named
@ViewScoped
public class TrainingProgrammeFormPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LibraryAdministration administration;

    @Inject
    ServiceAreas serviceAreas;

    private Long item;
    private TrainingProgrammeForm form;
    private int seenVersion;
    private boolean editable = true;
    private String notEditableReason;

    /** Loads the item's open draft, or starts a new training programme. */
    public void load() {
        if (form != null) {
            return;
        }
        if (item == null) {
            form = new TrainingProgrammeForm();
            return;
        }
        LibraryItem found = administration.item(item).orElse(null);
        Revision open = found == null ? null : found.getOpenRevision();
        if (!(open instanceof TrainingProgramme draft)) {
            editable = false;
            notEditableReason = found == null ? "This item does not exist." : "This item has no draft: start one from its page.";
            return;
        }
        EditorialVerdict verdict = administration.policy().mayEdit(draft);
        editable = verdict.allowed();
        notEditableReason = verdict.reason();
        form = TrainingProgrammeForm.of(draft);
        seenVersion = draft.getVersion();
    }

    /** Saves the draft and shows the item's page; mistakes are shown at their fields, nothing saved. */
    public String save() {
        Revision saved = item == null ? administration.createTrainingProgramme(form)
                : administration.saveTrainingProgramme(item, form, seenVersion);
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

    public TrainingFormat[] getFormats() {
        return TrainingFormat.values();
    }

    public Long getItem() {
        return item;
    }

    public void setItem(Long item) {
        this.item = item;
    }

    public TrainingProgrammeForm getForm() {
        return form;
    }

    public boolean isEditable() {
        return editable;
    }

    public String getNotEditableReason() {
        return notEditableReason;
    }
}
