package org.civicportal.content;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The public list of training programmes ({@code library/training.xhtml}), by title, a page at a time: bookmarkable, no session.
 */
@Named
@RequestScoped
public class TrainingProgrammesPage {

    @Inject
    LibraryReading reading;

    private List<TrainingProgramme> programmes;
    private long total;
    private int page;

    @PostConstruct
    void load() {
        page = QueryParameters.page(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("page"));
        total = reading.countTrainingProgrammes();
        programmes = reading.trainingProgrammes(page);
    }

    public List<TrainingProgramme> getProgrammes() {
        return programmes;
    }

    public long getTotal() {
        return total;
    }

    public int getPage() {
        return page;
    }

    public boolean isHasNext() {
        return (long) page * LibraryReading.PAGE_SIZE < total;
    }
}
