package org.civicportal.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Demonstration content: written and published in one step, as the association's own material
 * loaded at the first start. Nothing a person does goes this way; editors' work goes through
 * {@link LibraryWriting} and {@link LibraryEditing}, through review.
 */
@ApplicationScoped
@Transactional
public class LibrarySeeding {

    @PersistenceContext
    EntityManager em;


    @Inject
    LibraryWriting writing;

    @Inject
    Clock clock;

    /** True when the library holds anything. */
    public boolean any() {
        return !em.createQuery("SELECT i.id FROM LibraryItem i", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    /** True when the library holds an item of the kind. */
    public boolean any(ResourceKind kind) {
        return !em.createQuery("SELECT i.id FROM LibraryItem i WHERE i.kind = :kind", Long.class).setParameter("kind", kind)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Writes the case study (checked and sanitised as an editor's) and publishes it at once. */
    public CaseStudy publishCaseStudy(CaseStudyForm form, long editorId) {
        return published(writing.createCaseStudy(form, editorId), editorId);
    }

    /** Writes the research summary (checked as an editor's) and publishes it at once. */
    public ResearchSummary publishResearchSummary(ResearchSummaryForm form, long editorId) {
        return published(writing.createResearchSummary(form, editorId), editorId);
    }

    /** Writes the training programme (checked as an editor's) and publishes it at once. */
    public TrainingProgramme publishTrainingProgramme(TrainingProgrammeForm form, long editorId) {
        return published(writing.createTrainingProgramme(form, editorId), editorId);
    }

    /** Writes the programme page (checked as an editor's) and publishes it at once. */
    public ProgrammePage publishProgrammePage(ProgrammePageForm form, long editorId) {
        return published(writing.createProgrammePage(form, editorId), editorId);
    }

    /** The ids of the public items of a kind, first published first. */
    public java.util.List<Long> publicItemIds(ResourceKind kind) {
        return em.createQuery("SELECT i.id FROM LibraryItem i WHERE i.kind = :kind AND i.liveRevision IS NOT NULL AND i.archived = FALSE"
                + " ORDER BY i.publishedAt, i.id", Long.class).setParameter("kind", kind).getResultList();
    }

    /** The next published events, soonest first, at most {@code max}: for demonstration links. */
    public java.util.List<org.civicportal.events.Event> nextEvents(int max) {
        return em.createQuery("SELECT e FROM Event e WHERE e.status = org.civicportal.events.EventStatus.PUBLISHED"
                + " AND e.startsAt >= :now ORDER BY e.startsAt", org.civicportal.events.Event.class).setParameter("now", clock.instant()).setMaxResults(max).getResultList();
    }

    private <R extends Revision> R published(R draft, long editorId) {
        Instant now = clock.instant();
        draft.submit(editorId, now);
        draft.approve(editorId, now);
        draft.publish(now);
        draft.getItem().goLive(draft, now);
        em.persist(new LibraryChange(draft.getItem().getId(), now));
        return draft;
    }
}
