package org.civicportal.content;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * Writes a new training programme or its open draft ({@code admin/content/training-programme.xhtml[?item=…]}),
 * as {@link CaseStudyFormPage} does a case study.
 */
@Named
@ViewScoped
public class TrainingProgrammeFormPage extends DraftFormPage<TrainingProgrammeForm, TrainingProgramme> {

    private static final long serialVersionUID = 1L;

    @Override
    protected TrainingProgrammeForm newForm() {
        return new TrainingProgrammeForm();
    }

    @Override
    protected Class<TrainingProgramme> revisionType() {
        return TrainingProgramme.class;
    }

    @Override
    protected TrainingProgrammeForm formOf(TrainingProgramme draft) {
        return TrainingProgrammeForm.of(draft);
    }

    @Override
    protected TrainingProgramme create(TrainingProgrammeForm form) {
        return administration.createTrainingProgramme(form);
    }

    @Override
    protected TrainingProgramme save(long itemId, TrainingProgrammeForm form, int seenVersion) {
        return administration.saveTrainingProgramme(itemId, form, seenVersion);
    }

    public TrainingFormat[] getFormats() {
        return TrainingFormat.values();
    }
}
