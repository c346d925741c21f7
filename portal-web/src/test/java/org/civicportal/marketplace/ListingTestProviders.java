package org.civicportal.marketplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.civicportal.account.Role;
import org.civicportal.content.Slugs;
import org.civicportal.testing.TestPeople;

/**
 * Approved provider organisations for listing tests, made directly (the vetting is another
 * feature's): an organisation, a PROVIDER account and the {@link ProviderUser} that ties them.
 * Exists only in test deployments.
 */
@ApplicationScoped
@Transactional
public class ListingTestProviders {

    /** An approved provider: its organisation, its first user and its address. */
    public record Provider(long organisationId, long accountId, String slug) {
    }

    @Inject
    TestPeople people;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** A new approved organisation of the type, with a PROVIDER account of this address and password. */
    public Provider approved(String name, OrganisationType type, String email, String password) {
        long account = people.create(email, name + " Partner", password, EnumSet.of(Role.PROVIDER), false);
        return organisation(Slugs.slugOf(name), name, type, account);
    }

    /** The organisation with this address; created (approved, with a new user) if it is missing. */
    public ProviderOrganisation ensure(String slug, String name, OrganisationType type) {
        return em.createQuery("SELECT o FROM ProviderOrganisation o WHERE o.slug = :slug", ProviderOrganisation.class)
                .setParameter("slug", slug).getResultStream().findFirst()
                .orElseGet(() -> {
                    long account = people.person(name + " Partner", Set.of(Role.PROVIDER), false);
                    return em.find(ProviderOrganisation.class, organisation(slug, name, type, account).organisationId());
                });
    }

    /** Another PROVIDER account acting for the same organisation. */
    public long colleague(long organisationId, String email, String password) {
        long account = people.create(email, "Colleague " + UUID.randomUUID().toString().substring(0, 4), password,
                EnumSet.of(Role.PROVIDER), false);
        em.persist(new ProviderUser(em.find(ProviderOrganisation.class, organisationId), account, account, clock.instant()));
        return account;
    }

    /** Suspends the organisation, as an administrator would. */
    public void suspend(long organisationId) {
        ProviderOrganisation organisation = em.find(ProviderOrganisation.class, organisationId);
        organisation.suspend("Under review after a complaint.", organisation.getAppliedBy(), clock.instant());
    }

    private Provider organisation(String slug, String name, OrganisationType type, long account) {
        ProviderOrganisation organisation = new ProviderOrganisation(slug, name, type, account, clock.instant());
        organisation.setDescription(name + " helps local governments deliver services together.");
        organisation.setHeadOffice("Salem, Oregon");
        organisation.setContactName(name + " Partner");
        organisation.setContactEmail("contact@" + slug + ".example.org");
        organisation.setWebsite("https://" + slug + ".example.org");
        organisation.setRegions(Set.of("US-OR", "US-WA"));
        em.persist(organisation);
        organisation.approve(EnumSet.allOf(VettingCheck.class), account, clock.instant());
        em.flush();
        em.persist(new ProviderUser(organisation, account, account, clock.instant()));
        return new Provider(organisation.getId(), account, slug);
    }
}
