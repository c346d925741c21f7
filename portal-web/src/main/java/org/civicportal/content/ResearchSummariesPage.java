package org.civicportal.content;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The public list of research summaries ({@code library/research.xhtml}), the most recent research
 * first, a page at a time: bookmarkable, no session.
 */
@Named
@RequestScoped
public class ResearchSummariesPage {

    @Inject
    LibraryReading reading;

    private List<ResearchSummary> summaries;
    private long total;
    private int page;

    @PostConstruct
    void load() {
        page = QueryParameters.page(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("page"));
        total = reading.countResearchSummaries();
        summaries = reading.researchSummaries(page);
    }

    public List<ResearchSummary> getSummaries() {
        return summaries;
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
