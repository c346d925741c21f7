package org.civicportal.content;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.civicportal.account.Jurisdiction;
import org.civicportal.decision.DecisionMatrix;
import org.civicportal.shared.FieldMessages;
import org.civicportal.shared.servicearea.ServiceArea;
import org.civicportal.shared.servicearea.ServiceAreas;

/**
 * Writes a new case study or its open draft ({@code admin/content/case-study.xhtml[?item=…]}). The
 * draft's version is remembered when the page opens, so a save over another editor's newer save is
 * refused with what to do, and this editor's text stays in the form.
 */
@Named
@ViewScoped
public class CaseStudyFormPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LibraryAdministration administration;

    @Inject
    ServiceAreas serviceAreas;

    private Long item;
    private CaseStudyForm form;
    private List<String> partnerNames = new ArrayList<>();
    private int seenVersion;
    private List<ItemChoice> relatedChoices = List.of();
    private List<DecisionMatrix> matrixChoices = List.of();
    private boolean editable = true;
    private String notEditableReason;

    /** Loads the item's open draft, or starts a new case study. */
    public void load() {
        if (form != null) {
            return;
        }
        relatedChoices = ItemChoice.linkableFrom(administration.publicItems(), item);
        matrixChoices = administration.workedExamples();
        if (item == null) {
            form = new CaseStudyForm();
        } else {
            LibraryItem found = administration.item(item).orElse(null);
            Revision open = found == null ? null : found.getOpenRevision();
            if (!(open instanceof CaseStudy draft)) {
                editable = false;
                notEditableReason = found == null ? "This item does not exist." : "This item has no draft: start one from its page.";
                return;
            }
            EditorialVerdict verdict = administration.policy().mayEdit(draft);
            editable = verdict.allowed();
            notEditableReason = verdict.reason();
            form = CaseStudyForm.of(draft);
            seenVersion = draft.getVersion();
        }
        partnerNames = new ArrayList<>(form.getPartnerTypes().stream().map(Enum::name).toList());
        // one empty row to name another local government; a row left empty is not saved
        form.getJurisdictions().add(new Jurisdiction());
    }

    /** Saves the draft and shows the item's page; mistakes are shown at their fields, nothing saved. */
    public String save() {
        CaseStudyForm toSave = formToSave();
        Revision saved = item == null ? administration.createCaseStudy(toSave) : administration.saveCaseStudy(item, toSave, seenVersion);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        FieldMessages.info("Draft saved. When it is ready, send it for review.");
        return "/admin/content/item?faces-redirect=true&id=" + saved.getItem().getId();
    }

    /** What goes to the service: the chosen partners, and the local governments without the rows left empty. */
    private CaseStudyForm formToSave() {
        Set<PartnerType> partners = EnumSet.noneOf(PartnerType.class);
        for (PartnerType type : PartnerType.values()) {
            if (partnerNames.contains(type.name())) {
                partners.add(type);
            }
        }
        form.setPartnerTypes(partners);
        return form.withJurisdictions(form.getJurisdictions().stream().filter(j -> !isEmpty(j)).toList());
    }

    private static boolean isEmpty(Jurisdiction j) {
        return (j.getName() == null || j.getName().isBlank()) && (j.getRegion() == null || j.getRegion().isBlank())
                && j.getCountry() == null && j.getPopulation() == null;
    }

    public List<ServiceArea> getServiceAreaChoices() {
        return serviceAreas.choosable();
    }

    public List<ItemChoice> getRelatedChoices() {
        return relatedChoices;
    }

    /** The finalised matrices their owners shared with members, which a case study may show as a worked example. */
    public List<DecisionMatrix> getMatrixChoices() {
        return matrixChoices;
    }

    public PartnerType[] getPartnerTypes() {
        return PartnerType.values();
    }

    public Arrangement[] getArrangements() {
        return Arrangement.values();
    }

    public Access[] getAccesses() {
        return Access.values();
    }

    public Long getItem() {
        return item;
    }

    public void setItem(Long item) {
        this.item = item;
    }

    public CaseStudyForm getForm() {
        return form;
    }

    public List<String> getPartnerNames() {
        return partnerNames;
    }

    public void setPartnerNames(List<String> partnerNames) {
        this.partnerNames = partnerNames == null ? new ArrayList<>() : new ArrayList<>(partnerNames);
    }

    public boolean isEditable() {
        return editable;
    }

    public String getNotEditableReason() {
        return notEditableReason;
    }
}
