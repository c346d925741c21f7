package org.civicportal.content;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * The public bibliography ({@code library/bibliography.xhtml?style=apa|chicago&page=N}): every entry
 * as a formatted citation in the chosen style, with a button to copy it, and the whole list to
 * download for a reference manager. A plain GET page: no session.
 */
@Named
@RequestScoped
public class BibliographyPage {

    static final int PAGE_SIZE = 50;

    @Inject
    LibraryReading reading;

    private boolean chicago;
    private int page = 1;
    private List<BibliographyEntry> entries;
    private long total;

    @PostConstruct
    void load() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        chicago = "chicago".equals(params.get("style"));
        page = QueryParameters.page(params.get("page"));
        total = reading.countBibliography();
        entries = reading.bibliography(page, PAGE_SIZE);
    }

    /** The citation of an entry in the chosen style. */
    public String citation(BibliographyEntry entry) {
        return chicago ? entry.getCitationChicago() : entry.getCitationApa();
    }

    public boolean isChicago() {
        return chicago;
    }

    public String getStyleName() {
        return chicago ? "Chicago author-date" : "APA 7th edition";
    }

    public List<BibliographyEntry> getEntries() {
        return entries;
    }

    public long getTotal() {
        return total;
    }

    public int getPage() {
        return page;
    }

    public boolean isHasNext() {
        return (long) page * PAGE_SIZE < total;
    }
}
