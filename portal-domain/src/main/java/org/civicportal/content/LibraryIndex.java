package org.civicportal.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The research library's full-text index: English analysis, facets, snippets, in-process.
 *
 * <p>Threads: one feeder writes ({@link #put}, {@link #remove}, {@link #replaceAll},
 * {@link #commit}); any number of request threads search at the same time. Writes become visible to
 * searches only at {@link #commit()}, all at once, so a {@link #replaceAll rebuild} never shows a
 * half-filled index. Each search works on one point-in-time view obtained from a
 * {@link SearcherManager}.
 *
 * <p>Errors of the index's storage surface as {@link UncheckedIOException}.
 */
public final class LibraryIndex implements AutoCloseable {

    private final Directory directory;
    private final Analyzer analyzer;
    private final FacetsConfig facetsConfig;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final LibrarySearcher searcher;
    private volatile boolean closed;

    private LibraryIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.analyzer = new EnglishAnalyzer();
        this.facetsConfig = LibraryFacets.config();
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        this.writer = new IndexWriter(directory, config);
        // uncommitted changes stay invisible: the manager is refreshed only after a commit
        this.searchers = new SearcherManager(writer, LibrarySearcher.factory(facetsConfig));
        this.searcher = new LibrarySearcher(analyzer, facetsConfig);
    }

    /** An index held in memory, empty; lost on close. */
    public static LibraryIndex inMemory() {
        try {
            return new LibraryIndex(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("The in-memory library index could not be created.", e);
        }
    }

    /**
     * An index kept in a directory (created if missing), with what it held when last committed.
     * Only one {@code LibraryIndex} may have a directory open at a time.
     */
    public static LibraryIndex open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        Directory directory = null;
        try {
            directory = FSDirectory.open(dir);
            return new LibraryIndex(directory);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new UncheckedIOException("The library index in " + dir + " could not be opened.", e);
        }
    }

    /** Adds the document, or replaces the one with the same key. Visible after {@link #commit()}. */
    public synchronized void put(SearchDocument doc) {
        Objects.requireNonNull(doc, "doc");
        try {
            writer.updateDocument(LibraryFields.keyTerm(doc.key()), LibraryFields.toLucene(doc, facetsConfig));
        } catch (IOException e) {
            throw new UncheckedIOException("The library item " + doc.key() + " could not be indexed.", e);
        }
    }

    /** Removes the document with this key, if any. Visible after {@link #commit()}. */
    public synchronized void remove(String key) {
        if (key == null || key.isEmpty() || key.length() > SearchDocument.MAX_KEY) {
            return; // no such document can exist
        }
        try {
            writer.deleteDocuments(LibraryFields.keyTerm(key));
        } catch (IOException e) {
            throw new UncheckedIOException("The library item " + key + " could not be removed from the index.", e);
        }
    }

    /**
     * Replaces the whole content of the index by these documents (later duplicates of a key win).
     * Searches keep seeing the previous content until {@link #commit()}.
     */
    public synchronized void replaceAll(Collection<SearchDocument> docs) {
        Objects.requireNonNull(docs, "docs");
        try {
            writer.deleteAll();
            for (SearchDocument doc : docs) {
                writer.updateDocument(LibraryFields.keyTerm(doc.key()), LibraryFields.toLucene(doc, facetsConfig));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The library index could not be rebuilt.", e);
        }
    }

    /** Whether the index holds no document (counting changes not yet committed). */
    public boolean isEmpty() {
        return writer.getDocStats().numDocs == 0;
    }

    /** Makes every change so far durable and visible to the searches that start afterwards. */
    public synchronized void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("The library index could not save its changes.", e);
        }
    }

    /** One page of results for the request, on the content as of the last commit. Safe from any thread. */
    public SearchResults search(SearchRequest request) {
        Objects.requireNonNull(request, "request");
        try {
            LibrarySearcher.FacetedSearcher current = (LibrarySearcher.FacetedSearcher) searchers.acquire();
            try {
                return searcher.search(current, request);
            } finally {
                searchers.release(current);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The library could not be searched.", e);
        }
    }

    /**
     * Looks the words up as plain body terms, top ten, without filters, facets nor snippets; the
     * yardstick the benchmark compares full searches with. Returns the number of hits.
     */
    long plainLookup(String text) {
        try {
            LibrarySearcher.FacetedSearcher current = (LibrarySearcher.FacetedSearcher) searchers.acquire();
            try {
                return searcher.plainLookup(current, text);
            } finally {
                searchers.release(current);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits what is pending and releases the index (its directory lock included). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("The library index could not be closed cleanly.", e);
        } finally {
            closeQuietly(directory);
            analyzer.close();
        }
    }

    private static void closeQuietly(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException ignored) {
                // closing after a failure: the first error is the one reported
            }
        }
    }
}
