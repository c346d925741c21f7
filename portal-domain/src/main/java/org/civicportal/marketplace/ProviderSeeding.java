package org.civicportal.marketplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;

/**
 * Providers for the demonstration, checked as an application is but without its mail: an
 * organisation with its first user, approved with every check ticked or left waiting for vetting.
 * Used at start-up only; no page reaches it.
 */
@ApplicationScoped
@Transactional
public class ProviderSeeding {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProviderApplications applications;

    @Inject
    ProviderRoles roles;

    @Inject
    Clock clock;

    /** True when an organisation has this address. */
    public boolean exists(String slug) {
        return em.createQuery("SELECT COUNT(o) FROM ProviderOrganisation o WHERE o.slug = :slug", Long.class)
                .setParameter("slug", slug).getSingleResult() > 0;
    }

    /**
     * An organisation at the given address, its user the account; approved by the administrator
     * when {@code administratorId} is given, else waiting for vetting.
     */
    public ProviderOrganisation seed(String slug, OrganisationForm form, long accountId, Long administratorId) {
        ProviderApplications.Checked checked = applications.check(form, null, new LinkedHashMap<>());
        Instant now = clock.instant();
        ProviderOrganisation organisation = new ProviderOrganisation(slug, form.getName(), form.getType(), accountId, now);
        organisation.describe(form, checked.areas(), checked.regions(), checked.references());
        em.persist(organisation);
        em.flush();
        em.persist(new ProviderUser(organisation, accountId, accountId, now));
        em.flush();
        if (administratorId != null) {
            organisation.approve(EnumSet.allOf(VettingCheck.class), administratorId, now);
        }
        roles.applyTo(organisation);
        return organisation;
    }
}
