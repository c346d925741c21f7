package org.civicportal.content;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.civicportal.events.Event;
import org.civicportal.shared.CivilCalendar;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's search index of the library, the events and other features' {@link SearchSource}s
 * (the provider directory). It is fed from the change table that
 * publishing writes in its own transaction: every few seconds the index reads the changes after
 * the last one it saw, whichever node made them, so every node catches up within seconds. An empty
 * index (a new node, or an index kept in memory) rebuilds itself from the database first. Nothing
 * touches the database while the portal deploys: the first tick does.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LibrarySearch {

    private static final Logger LOG = Logger.getLogger(LibrarySearch.class.getName());
    private static final int CHANGES_PER_TICK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    CivilCalendar calendar;

    @Inject
    @ConfigProperty(name = "library.index-dir")
    Optional<String> indexDir; // unset: the index lives in memory and is rebuilt at each start

    private volatile LibraryIndex index;
    private volatile long lastChange = -1;
    /** The events in the index, with the version each had when it was indexed. */
    private final Map<String, Integer> indexedEvents = new HashMap<>();

    @Inject
    @Any
    Instance<SearchSource> sources;

    /** The documents of other features' sources in the index, with the version each had when it was indexed. */
    private final Map<String, String> indexedFromSources = new HashMap<>();

    /** Searches this node's index; before the first tick has built it, it builds it now. */
    public SearchResults search(SearchRequest request) {
        if (lastChange < 0) {
            catchUp();
        }
        return index().search(request);
    }

    // No job lease here, unlike the portal's other timers: each node keeps its own index, so this
    // one must run on every node.
    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    public void everyFewSeconds() {
        try {
            catchUp();
        } catch (RuntimeException failure) {
            // the database may be away for a moment: the next tick tries again
            LOG.log(Level.WARNING, "The library search could not catch up: {0}", failure.toString());
        }
    }

    /** Applies the changes made since the last one seen (or rebuilds everything the first time). */
    public synchronized void catchUp() {
        LibraryIndex target = index();
        if (lastChange < 0) {
            rebuild(target);
            return;
        }
        List<LibraryChange> changes = em.createQuery("SELECT c FROM LibraryChange c WHERE c.id > :last ORDER BY c.id", LibraryChange.class)
                .setParameter("last", lastChange).setMaxResults(CHANGES_PER_TICK).getResultList();
        boolean changed = !changes.isEmpty();
        if (changed) {
            Set<Long> itemIds = new HashSet<>();
            changes.forEach(change -> itemIds.add(change.getItemId()));
            Set<Long> stillPublic = new HashSet<>();
            Map<Long, String> attached = attachedTexts(itemIds);
            for (LibraryItem item : items("i.id IN :ids", itemIds)) {
                target.put(LibraryDocuments.of(item, calendar.zone(), attached.getOrDefault(item.getId(), "")));
                stillPublic.add(item.getId());
            }
            itemIds.stream().filter(id -> !stillPublic.contains(id)).forEach(id -> target.remove(LibraryDocuments.keyOf(id)));
            lastChange = changes.get(changes.size() - 1).getId();
        }
        changed |= refreshEvents(target);
        changed |= refreshSources(target);
        if (changed) { // a commit reopens the searchers: not every five seconds for nothing
            target.commit();
        }
    }

    private void rebuild(LibraryIndex target) {
        // read where the changes stand first: a change made while rebuilding is applied again next tick
        Long last = em.createQuery("SELECT MAX(c.id) FROM LibraryChange c", Long.class).getSingleResult();
        List<SearchDocument> documents = new ArrayList<>();
        Map<Long, String> attached = attachedTexts(null);
        for (LibraryItem item : items(null, null)) {
            documents.add(LibraryDocuments.of(item, calendar.zone(), attached.getOrDefault(item.getId(), "")));
        }
        List<Event> events = publishedEvents();
        events.forEach(event -> documents.add(LibraryDocuments.of(event)));
        Map<String, String> fromSources = new HashMap<>();
        for (SearchSource source : sources) {
            Map<String, String> versions = source.versions();
            documents.addAll(source.documents(versions.keySet()));
            fromSources.putAll(versions);
        }
        target.replaceAll(documents);
        target.commit();
        synchronized (indexedFromSources) {
            indexedFromSources.clear();
            indexedFromSources.putAll(fromSources);
        }
        synchronized (indexedEvents) {
            indexedEvents.clear();
            events.forEach(event -> indexedEvents.put(LibraryDocuments.keyOfEvent(event.getId()), event.getVersion()));
        }
        lastChange = last == null ? 0 : last;
        LOG.log(Level.INFO, "The library search index holds {0} items and events", documents.size());
    }

    /**
     * Events change outside the library (published, edited, cancelled), so their versions are compared
     * at each tick: only an event that changed is indexed again, only one that went is removed.
     *
     * @return whether the index changed
     */
    private boolean refreshEvents(LibraryIndex target) {
        Map<String, Integer> now = new HashMap<>();
        boolean changed = false;
        synchronized (indexedEvents) {
            for (Event event : publishedEvents()) {
                String key = LibraryDocuments.keyOfEvent(event.getId());
                now.put(key, event.getVersion());
                if (!Integer.valueOf(event.getVersion()).equals(indexedEvents.get(key))) {
                    target.put(LibraryDocuments.of(event));
                    changed = true;
                }
            }
            for (String key : indexedEvents.keySet()) {
                if (!now.containsKey(key)) {
                    target.remove(key);
                    changed = true;
                }
            }
            indexedEvents.clear();
            indexedEvents.putAll(now);
        }
        return changed;
    }

    /**
     * Other features' documents, compared by version at each tick as events are: only a document
     * that changed is built and indexed again, only one that went is removed.
     *
     * @return whether the index changed
     */
    private boolean refreshSources(LibraryIndex target) {
        boolean changed = false;
        synchronized (indexedFromSources) {
            Map<String, String> now = new HashMap<>();
            for (SearchSource source : sources) {
                Map<String, String> versions = source.versions();
                now.putAll(versions);
                List<String> stale = versions.entrySet().stream()
                        .filter(entry -> !entry.getValue().equals(indexedFromSources.get(entry.getKey()))).map(Map.Entry::getKey).toList();
                if (!stale.isEmpty()) {
                    source.documents(stale).forEach(target::put);
                    changed = true;
                }
            }
            for (String key : indexedFromSources.keySet()) {
                if (!now.containsKey(key)) {
                    target.remove(key);
                    changed = true;
                }
            }
            indexedFromSources.clear();
            indexedFromSources.putAll(now);
        }
        return changed;
    }

    /** The text of the PDFs attached to these items (all items when null), read at upload, by item. */
    private Map<Long, String> attachedTexts(Set<Long> itemIds) {
        var query = em.createQuery("SELECT f.item.id, f.extractedText FROM LibraryFile f WHERE f.extractedText IS NOT NULL"
                + (itemIds == null ? "" : " AND f.item.id IN :ids"), Object[].class);
        if (itemIds != null) {
            query.setParameter("ids", itemIds);
        }
        Map<Long, String> texts = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            texts.merge((Long) row[0], (String) row[1], (a, b) -> a + " " + b);
        }
        return texts;
    }

    private List<Event> publishedEvents() {
        return em.createQuery("SELECT e FROM Event e WHERE e.status = org.civicportal.events.EventStatus.PUBLISHED", Event.class)
                .getResultList();
    }

    private List<LibraryItem> items(String condition, Set<Long> ids) {
        var query = em.createQuery("SELECT i FROM LibraryItem i JOIN FETCH i.liveRevision WHERE i.archived = FALSE"
                + (condition == null ? "" : " AND " + condition), LibraryItem.class);
        if (ids != null) {
            query.setParameter("ids", ids);
        }
        return query.getResultList();
    }

    private LibraryIndex index() {
        LibraryIndex current = index;
        if (current == null) {
            synchronized (this) {
                if (index == null) {
                    index = indexDir.filter(dir -> !dir.isBlank()).map(dir -> LibraryIndex.open(Path.of(dir))).orElseGet(LibraryIndex::inMemory);
                }
                current = index;
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        if (index != null) {
            index.close();
        }
    }
}
