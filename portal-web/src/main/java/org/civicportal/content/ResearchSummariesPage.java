package org.civicportal.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The public list of research summaries ({@code library/research.xhtml}), the most recent research
 * first, a page at a time: bookmarkable, no session.
 */
@Named
@RequestScoped
public class ResearchSummariesPage extends LibraryListPage<ResearchSummary> {

    @Override
    protected long count() {
        return reading.countResearchSummaries();
    }

    @Override
    protected List<ResearchSummary> rows(int page) {
        return reading.researchSummaries(page);
    }

    public List<ResearchSummary> getSummaries() {
        return getRows();
    }
}
