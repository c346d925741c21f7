package org.civicportal.content;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.civicportal.shared.FieldMessages;
import org.civicportal.shared.servicearea.ServiceArea;
import org.civicportal.shared.servicearea.ServiceAreas;

/**
 * What every library form page does ({@code admin/content/<kind>.xhtml[?item=…]}): start a new item
 * or load the item's open draft, remember the draft's version when the page opens (so a save over
 * another editor's newer save is refused and this editor's text stays), say why a draft cannot be
 * edited, and after a save show the item's page. A kind's page says how to make, read and save its form.
 *
 * @param <F> the kind's form
 * @param <R> the kind's revision
 */
public abstract class DraftFormPage<F, R extends Revision> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LibraryAdministration administration;

    @Inject
    ServiceAreas serviceAreas;

    private Long item;
    private F form;
    private int seenVersion;
    private boolean editable = true;
    private String notEditableReason;

    /** An empty form for a new item. */
    protected abstract F newForm();

    /** The draft's class: an item of another kind has no draft this page can edit. */
    protected abstract Class<R> revisionType();

    /** A form holding what the draft says. */
    protected abstract F formOf(R draft);

    protected abstract R create(F form);

    protected abstract R save(long itemId, F form, int seenVersion);

    /** Before the form is made: the kind's own choices that do not depend on the draft. */
    protected void prepare() {
    }

    /** After the draft is loaded (the kind's own choices, such as the item's files). */
    protected void loaded(long itemId) {
    }

    /** Loads the item's open draft, or starts a new one. */
    public void load() {
        if (form != null) {
            return;
        }
        prepare();
        if (item == null) {
            form = newForm();
            return;
        }
        LibraryItem found = administration.item(item).orElse(null);
        Revision open = found == null ? null : found.getOpenRevision();
        if (!revisionType().isInstance(open)) {
            editable = false;
            notEditableReason = found == null ? "This item does not exist." : "This item has no draft: start one from its page.";
            return;
        }
        R draft = revisionType().cast(open);
        EditorialVerdict verdict = administration.policy().mayEdit(draft);
        editable = verdict.allowed();
        notEditableReason = verdict.reason();
        form = formOf(draft);
        seenVersion = draft.getVersion();
        loaded(item);
    }

    /** Saves the draft and shows the item's page; mistakes are shown at their fields, nothing saved. */
    public String save() {
        Revision saved = item == null ? create(form) : save(item, form, seenVersion);
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

    public Long getItem() {
        return item;
    }

    public void setItem(Long item) {
        this.item = item;
    }

    public F getForm() {
        return form;
    }

    public boolean isEditable() {
        return editable;
    }

    public String getNotEditableReason() {
        return notEditableReason;
    }
}
