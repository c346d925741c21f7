package org.civicportal.content;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * Writes a new programme page or its open draft ({@code admin/content/programme-page.xhtml[?item=…]}),
 * as {@link CaseStudyFormPage} does a case study; the items it gathers are chosen from the public ones.
 */
@Named
@ViewScoped
public class ProgrammePageFormPage extends DraftFormPage<ProgrammePageForm, ProgrammePage> {

    private static final long serialVersionUID = 1L;

    private List<ItemChoice> itemChoices = List.of();

    @Override
    protected void prepare() {
        itemChoices = ItemChoice.linkableFrom(administration.publicItems(), getItem());
    }

    @Override
    protected ProgrammePageForm newForm() {
        return new ProgrammePageForm();
    }

    @Override
    protected Class<ProgrammePage> revisionType() {
        return ProgrammePage.class;
    }

    @Override
    protected ProgrammePageForm formOf(ProgrammePage draft) {
        return ProgrammePageForm.of(draft);
    }

    @Override
    protected ProgrammePage create(ProgrammePageForm form) {
        return administration.createProgrammePage(form);
    }

    @Override
    protected ProgrammePage save(long itemId, ProgrammePageForm form, int seenVersion) {
        return administration.saveProgrammePage(itemId, form, seenVersion);
    }

    public List<ItemChoice> getItemChoices() {
        return itemChoices;
    }
}
