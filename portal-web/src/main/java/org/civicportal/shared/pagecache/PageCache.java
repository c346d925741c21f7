package org.civicportal.shared.pagecache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.civicportal.shared.cluster.ClusterSignals;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The anonymous pages kept in memory, for at most {@code portal.page-cache-seconds} (5 by default,
 * 0 keeps nothing) and 32 MB. Any committed write to the database drops them all: simpler than
 * knowing which page shows which row, and cheap, because public pages are read far more often than
 * anything is written.
 *
 * <p>A page drawn while a write committed may show the state from before it: each drawing notes the
 * generation it started in, and is kept only if no write committed meanwhile.
 *
 * <p>On a cluster each node keeps its own pages, and a write on one node drops the pages of all of
 * them: it tells the others through {@link ClusterSignals}, which takes a few milliseconds.
 */
@ApplicationScoped
public class PageCache {

    private static final Logger LOG = Logger.getLogger(PageCache.class.getName());

    private static final long MAX_BYTES = 32L * 1024 * 1024;

    /** The signal to the other nodes that their kept pages are out of date. */
    static final String PAGES_CHANGED = "pages-changed";

    @Inject
    @ConfigProperty(name = "portal.page-cache-seconds", defaultValue = "5")
    int seconds;

    @Inject
    ClusterSignals cluster;

    private final AtomicLong generation = new AtomicLong();
    private Cache<String, CachedPage> pages;

    @PostConstruct
    void start() {
        pages = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(Math.max(1, seconds)))
                .maximumWeight(MAX_BYTES).weigher((String key, CachedPage page) -> key.length() + page.weight()).build();
        cluster.onSignal(PAGES_CHANGED, this::clearHere);
        LOG.info(() -> seconds > 0 ? "Anonymous pages are kept for " + seconds + " s at most" : "Anonymous pages are not kept");
    }

    boolean isOn() {
        return seconds > 0;
    }

    CachedPage get(String key) {
        return pages.getIfPresent(key);
    }

    /** The generation a drawing starts in; hand it back to {@link #put}. */
    long generation() {
        return generation.get();
    }

    /** Keeps the page, unless a write committed since its drawing began. */
    void put(String key, CachedPage page, long drawnIn) {
        if (generation.get() == drawnIn) {
            pages.put(key, page);
            if (generation.get() != drawnIn) {
                // a write committed while it was being stored: it may show what was before
                pages.invalidate(key);
            }
        }
    }

    /** Drops every page kept, on this node and the others: something they may show has changed. */
    public void clear() {
        clearHere();
        cluster.send(PAGES_CHANGED);
    }

    private void clearHere() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    /** How many pages are kept now (for tests and the benchmark's notes). */
    public long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }
}
