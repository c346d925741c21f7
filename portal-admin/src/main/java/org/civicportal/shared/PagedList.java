package org.civicportal.shared;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A table that asks a service for one page of rows at a time (PrimeFaces lazy loading), so a
 * list of thousands costs two queries per page: the rows and their count.
 *
 * @param <T> the row type
 */
public class PagedList<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Loads rows {@code first} to {@code first + pageSize - 1}. */
    @FunctionalInterface
    public interface PageLoader<T> extends java.io.Serializable {
        List<T> load(int first, int pageSize);
    }

    /** Counts all rows. */
    @FunctionalInterface
    public interface Counter extends Supplier<Long>, java.io.Serializable {
    }

    /** Identifies a row. */
    @FunctionalInterface
    public interface RowKey<T> extends Function<T, Object>, java.io.Serializable {
    }

    private final PageLoader<T> loader;
    private final Counter counter;
    private final RowKey<T> rowKey;

    public PagedList(PageLoader<T> loader, Counter counter, RowKey<T> rowKey) {
        this.loader = loader;
        this.counter = counter;
        this.rowKey = rowKey;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return Math.toIntExact(counter.get());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        return loader.load(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(rowKey.apply(row));
    }
}
