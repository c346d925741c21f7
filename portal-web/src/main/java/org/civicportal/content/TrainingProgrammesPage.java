package org.civicportal.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The public list of training programmes ({@code library/training.xhtml}), by title, a page at a time: bookmarkable, no session.
 */
@Named
@RequestScoped
public class TrainingProgrammesPage extends LibraryListPage<TrainingProgramme> {

    @Override
    protected long count() {
        return reading.countTrainingProgrammes();
    }

    @Override
    protected List<TrainingProgramme> rows(int page) {
        return reading.trainingProgrammes(page);
    }

    public List<TrainingProgramme> getProgrammes() {
        return getRows();
    }
}
