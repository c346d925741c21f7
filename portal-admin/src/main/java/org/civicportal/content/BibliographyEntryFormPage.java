package org.civicportal.content;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.civicportal.decision.ReadinessCharacteristic;
import org.civicportal.decision.ReadinessGuide;

/** Writes a bibliography entry by hand, or its open draft ({@code admin/content/bibliography-entry.xhtml[?item=…]}). */
@Named
@ViewScoped
public class BibliographyEntryFormPage extends DraftFormPage<BibliographyEntryForm, BibliographyEntry> {

    private static final long serialVersionUID = 1L;

    @Inject
    ReadinessGuide guide;

    @Override
    protected BibliographyEntryForm newForm() {
        return new BibliographyEntryForm();
    }

    @Override
    protected Class<BibliographyEntry> revisionType() {
        return BibliographyEntry.class;
    }

    @Override
    protected BibliographyEntryForm formOf(BibliographyEntry draft) {
        return BibliographyEntryForm.of(draft);
    }

    @Override
    protected BibliographyEntry create(BibliographyEntryForm form) {
        return administration.createBibliographyEntry(form);
    }

    @Override
    protected BibliographyEntry save(long itemId, BibliographyEntryForm form, int seenVersion) {
        return administration.saveBibliographyEntry(itemId, form, seenVersion);
    }

    public BibliographyType[] getTypes() {
        return BibliographyType.values();
    }

    /** The decision-matrix characteristics, by their names in the reference data. */
    public List<ReadinessCharacteristic> getCharacteristicChoices() {
        return guide.characteristics();
    }
}
