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
 * {@link LibraryEditing} and its review.
 */
@ApplicationScoped
@Transactional
public class LibrarySeeding {

    @PersistenceContext
    EntityManager em;

    @Inject
    LibraryEditing editing;

    @Inject
    Clock clock;

    /** True when the library holds anything. */
    public boolean any() {
        return !em.createQuery("SELECT i.id FROM LibraryItem i", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    /** Writes the case study (checked and sanitised as an editor's) and publishes it at once. */
    public CaseStudy publishCaseStudy(CaseStudyForm form, long editorId) {
        CaseStudy draft = editing.createCaseStudy(form, editorId);
        Instant now = clock.instant();
        draft.submit(editorId, now);
        draft.approve(editorId, now);
        draft.publish(now);
        draft.getItem().goLive(draft, now);
        em.persist(new LibraryChange(draft.getItem().getId(), now));
        return draft;
    }
}
