package org.civicportal.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicportal.events.Event;
import java.util.Optional;

/**
 * The library as visitors read it: live revisions only, never a draft. Lists take a fixed number of
 * queries whatever their length (the revisions' collections are batch-read, see {@link CaseStudy}).
 */
@ApplicationScoped
public class LibraryReading {

    /** What an address leads to: the item's live revision, or a redirect to its new address. */
    public record Found(LibraryItem item, Revision live, String movedTo) {

        public boolean isMoved() {
            return movedTo != null;
        }
    }

    /** Filters of the case-study list; null means "any". */
    public record CaseStudyFilter(Long serviceAreaId, PartnerType partnerType, PopulationBand band, String region) {

        public static CaseStudyFilter none() {
            return new CaseStudyFilter(null, null, null, null);
        }
    }

    public static final int PAGE_SIZE = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    org.civicportal.decision.Matrices matrices;

    /** The public item at {@code /library/{kind}/{slug}}, or where it moved to, or nothing. */
    public Optional<Found> find(ResourceKind kind, String slug) {
        if (slug == null || slug.isEmpty() || slug.length() > 80) {
            return Optional.empty();
        }
        Optional<LibraryItem> item = em.createNamedQuery(LibraryItem.BY_SLUG, LibraryItem.class)
                .setParameter("kind", kind).setParameter("slug", slug).getResultStream().findFirst();
        if (item.isPresent()) {
            return item.filter(LibraryItem::isPublic).map(i -> new Found(i, i.getLiveRevision(), null));
        }
        return em.createQuery("SELECT f.item FROM FormerSlug f WHERE f.kind = :kind AND f.slug = :slug", LibraryItem.class)
                .setParameter("kind", kind).setParameter("slug", slug).getResultStream().findFirst()
                .filter(LibraryItem::isPublic)
                .map(moved -> new Found(moved, moved.getLiveRevision(), moved.getPath()));
    }

    /** One page (1-based) of the public case studies matching the filter, newest first. */
    public List<CaseStudy> caseStudies(CaseStudyFilter filter, int page) {
        TypedQuery<CaseStudy> query = em.createQuery("SELECT c FROM CaseStudy c JOIN FETCH c.item i"
                + " WHERE i.liveRevision = c AND i.archived = FALSE" + conditions(filter) + " ORDER BY i.publishedAt DESC, i.id DESC", CaseStudy.class);
        bind(query, filter);
        return query.setFirstResult((Math.max(1, page) - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
    }

    public long countCaseStudies(CaseStudyFilter filter) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(c) FROM CaseStudy c JOIN c.item i"
                + " WHERE i.liveRevision = c AND i.archived = FALSE" + conditions(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    /** One page (1-based) of the public bibliography, by first author and year; authors read in one query for the page. */
    public List<BibliographyEntry> bibliography(int page, int pageSize) {
        return em.createQuery("SELECT b FROM BibliographyEntry b JOIN FETCH b.item i WHERE i.liveRevision = b AND i.archived = FALSE"
                        + " ORDER BY b.citationApa, i.id", BibliographyEntry.class)
                .setFirstResult((Math.max(1, page) - 1) * pageSize).setMaxResults(pageSize).getResultList();
    }

    public long countBibliography() {
        return em.createQuery("SELECT COUNT(b) FROM BibliographyEntry b JOIN b.item i WHERE i.liveRevision = b AND i.archived = FALSE",
                Long.class).getSingleResult();
    }

    /** Every public entry, for an export of the whole bibliography. */
    public List<BibliographyEntry> wholeBibliography() {
        return em.createQuery("SELECT b FROM BibliographyEntry b JOIN FETCH b.item i WHERE i.liveRevision = b AND i.archived = FALSE"
                + " ORDER BY b.citationApa, i.id", BibliographyEntry.class).getResultList();
    }

    /** One page (1-based) of the public research summaries, the most recently published research first. */
    public List<ResearchSummary> researchSummaries(int page) {
        return em.createQuery("SELECT r FROM ResearchSummary r JOIN FETCH r.item i WHERE i.liveRevision = r AND i.archived = FALSE"
                        + " ORDER BY r.publicationDate DESC, i.id DESC", ResearchSummary.class)
                .setFirstResult((Math.max(1, page) - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
    }

    public long countResearchSummaries() {
        return em.createQuery("SELECT COUNT(r) FROM ResearchSummary r JOIN r.item i WHERE i.liveRevision = r AND i.archived = FALSE",
                Long.class).getSingleResult();
    }

    /** One page (1-based) of the public training programmes, by title. */
    public List<TrainingProgramme> trainingProgrammes(int page) {
        return em.createQuery("SELECT t FROM TrainingProgramme t JOIN FETCH t.item i WHERE i.liveRevision = t AND i.archived = FALSE"
                        + " ORDER BY t.title, i.id", TrainingProgramme.class)
                .setFirstResult((Math.max(1, page) - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
    }

    public long countTrainingProgrammes() {
        return em.createQuery("SELECT COUNT(t) FROM TrainingProgramme t JOIN t.item i WHERE i.liveRevision = t AND i.archived = FALSE",
                Long.class).getSingleResult();
    }

    /**
     * The events among these ids that visitors can open (published or cancelled, not drafts), by id:
     * a training date or a programme page links to an event only while it is there.
     */
    public Map<Long, Event> events(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Event> found = new HashMap<>();
        em.createQuery("SELECT e FROM Event e WHERE e.id IN :ids AND e.status <> org.civicportal.events.EventStatus.DRAFT", Event.class)
                .setParameter("ids", ids).getResultList().forEach(e -> found.put(e.getId(), e));
        return found;
    }

    /** These items that are public, with their live revisions, in the order of the ids given. */
    public List<LibraryItem> publicItems(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, LibraryItem> found = new HashMap<>();
        em.createQuery("SELECT i FROM LibraryItem i JOIN FETCH i.liveRevision WHERE i.id IN :ids AND i.archived = FALSE", LibraryItem.class)
                .setParameter("ids", ids).getResultList().forEach(i -> found.put(i.getId(), i));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * What a case study's links depend on, for its entity tag: the library's latest public change
     * (a related item published, renamed or archived) and its worked example's version (shared,
     * finalised, unshared). Two queries at most; empty when it links to nothing.
     */
    public String linkStamp(CaseStudy study) {
        StringBuilder stamp = new StringBuilder();
        if (!study.getRelatedItemIds().isEmpty()) {
            Long lastChange = em.createQuery("SELECT MAX(c.id) FROM LibraryChange c", Long.class).getSingleResult();
            stamp.append('c').append(lastChange);
        }
        if (study.getMatrixId() != null) {
            stamp.append('m').append(matrices.workedExample(study.getMatrixId()).map(m -> String.valueOf(m.getVersion())).orElse("-"));
        }
        return stamp.toString();
    }

    /** The first programme page published (the association's main programme), if one is public. */
    public Optional<LibraryItem> firstProgramme() {
        return em.createQuery("SELECT i FROM LibraryItem i JOIN FETCH i.liveRevision WHERE i.kind = :kind AND i.archived = FALSE"
                        + " ORDER BY i.publishedAt, i.id", LibraryItem.class)
                .setParameter("kind", ResourceKind.PROGRAMME_PAGE).setMaxResults(1).getResultStream().findFirst();
    }

    /** The newest public items of every kind, for the library's front page and its feed. */
    public List<LibraryItem> newest(int max) {
        return em.createQuery("SELECT i FROM LibraryItem i JOIN FETCH i.liveRevision WHERE i.archived = FALSE"
                + " ORDER BY i.publishedAt DESC, i.id DESC", LibraryItem.class).setMaxResults(max).getResultList();
    }

    /**
     * Every public item, newest first, at most {@code max}: for the sitemap, which needs only
     * addresses and dates. One query; the revisions are not read (the live one is only tested for
     * being there, through its key in the item's own row).
     */
    public List<LibraryItem> allPublic(int max) {
        return em.createQuery("SELECT i FROM LibraryItem i WHERE i.liveRevision IS NOT NULL AND i.archived = FALSE"
                + " ORDER BY i.publishedAt DESC, i.id DESC", LibraryItem.class).setMaxResults(max).getResultList();
    }

    /**
     * When the library's public face last changed (an item published, edited live, archived,
     * restored or renamed), or empty if it never did: the Last-Modified of the sitemap and the feed.
     * Read from the change notes, so an item that left the public library still counts.
     */
    public Optional<Instant> lastPublicChange() {
        return em.createQuery("SELECT c.changedAt FROM LibraryChange c ORDER BY c.changedAt DESC", Instant.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    private static String conditions(CaseStudyFilter filter) {
        StringBuilder where = new StringBuilder();
        if (filter.serviceAreaId() != null) {
            where.append(" AND EXISTS (SELECT c1.id FROM CaseStudy c1 JOIN c1.serviceAreas a LEFT JOIN a.parent p"
                    + " WHERE c1 = c AND (a.id = :area OR p.id = :area))");
        }
        if (filter.partnerType() != null) {
            where.append(" AND EXISTS (SELECT c4.id FROM CaseStudy c4 JOIN c4.partnerTypes t WHERE c4 = c AND t = :partner)");
        }
        if (filter.band() != null) {
            where.append(" AND EXISTS (SELECT c2.id FROM CaseStudy c2 JOIN c2.jurisdictions j WHERE c2 = c"
                    + " AND j.population >= :from AND j.population < :below)");
        }
        if (filter.region() != null) {
            where.append(" AND EXISTS (SELECT c3.id FROM CaseStudy c3 JOIN c3.jurisdictions j2 WHERE c3 = c AND j2.region = :region)");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, CaseStudyFilter filter) {
        if (filter.serviceAreaId() != null) {
            query.setParameter("area", filter.serviceAreaId());
        }
        if (filter.partnerType() != null) {
            query.setParameter("partner", filter.partnerType());
        }
        if (filter.band() != null) {
            query.setParameter("from", (int) Math.min(Integer.MAX_VALUE, filter.band().from()));
            query.setParameter("below", (int) Math.min(Integer.MAX_VALUE, filter.band().below()));
        }
        if (filter.region() != null) {
            query.setParameter("region", filter.region());
        }
    }
}
