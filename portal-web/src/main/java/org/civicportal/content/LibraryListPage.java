package org.civicportal.content;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A plain public list of the library ({@code ?page=N}): one page of rows and how many there are in
 * all, read once per request; bookmarkable, no session.
 *
 * @param <T> what the list shows
 */
public abstract class LibraryListPage<T> {

    @Inject
    LibraryReading reading;

    private List<T> rows;
    private long total;
    private int page;

    protected abstract long count();

    protected abstract List<T> rows(int page);

    @PostConstruct
    void load() {
        page = QueryParameters.page(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("page"));
        total = count();
        rows = rows(page);
    }

    protected List<T> getRows() {
        return rows;
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
