package org.civicportal.marketplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.civicportal.account.Role;
import org.civicportal.content.PartnerType;
import org.civicportal.shared.servicearea.ServiceArea;
import org.civicportal.shared.servicearea.ServiceAreas;
import org.civicportal.testing.TestPeople;

/**
 * Provider organisations and their people for tests of requests, written directly (the
 * application and vetting are another part of the marketplace, tested on their own). Exists only
 * in test deployments.
 */
@ApplicationScoped
@Transactional
public class RequestTestProviders {

    @PersistenceContext
    EntityManager em;

    @Inject
    TestPeople people;

    @Inject
    ServiceAreas serviceAreas;

    @Inject
    Clock clock;

    /** A service within an area (one with a parent), the same in every test run. */
    public ServiceArea service() {
        return serviceAreas.choosable().stream().filter(a -> a.getParent() != null).findFirst().orElseThrow();
    }

    /** Another service, of another area if there is one. */
    public ServiceArea otherService() {
        ServiceArea first = service();
        return serviceAreas.choosable().stream().filter(a -> a.getParent() != null && !a.getParent().getId().equals(first.getParent().getId()))
                .findFirst().orElseThrow();
    }

    /** An approved provider of the service, for the kinds and regions, with one person (PROVIDER role); returns its id. */
    public long approved(String name, long serviceAreaId, Set<PartnerType> kinds, Set<String> regions) {
        return approved(slug(name), name, serviceAreaId, kinds, regions);
    }

    /** The provider at the address, made an approved provider of the test service in Oregon if it is not there yet; its id. */
    public long withSlug(String slug, String name) {
        return em.createQuery("SELECT p.id FROM ProviderOrganisation p WHERE p.slug = :slug", Long.class).setParameter("slug", slug)
                .getResultStream().findFirst()
                .orElseGet(() -> approved(slug, name, service().getId(), EnumSet.allOf(PartnerType.class), Set.of("US-OR")));
    }

    private long approved(String slug, String name, long serviceAreaId, Set<PartnerType> kinds, Set<String> regions) {
        long applicant = people.person(name + " Applicant", Set.of(Role.PROVIDER), false);
        ProviderOrganisation organisation = new ProviderOrganisation(slug, name, OrganisationType.FIRM, applicant, clock.instant());
        organisation.setDescription("Technical assistance for local governments.");
        organisation.setHeadOffice("Portland, OR");
        organisation.setContactName(name + " Contact");
        organisation.setContactEmail("contact-" + System.nanoTime() + "@provider.example.org");
        organisation.setServiceAreas(List.of(em.find(ServiceArea.class, serviceAreaId)));
        organisation.setPartnershipKinds(kinds.isEmpty() ? EnumSet.noneOf(PartnerType.class) : EnumSet.copyOf(kinds));
        organisation.setRegions(regions);
        em.persist(organisation);
        em.flush();
        organisation.approve(Set.of(VettingCheck.values()), applicant, clock.instant());
        em.persist(new ProviderUser(organisation, applicant, applicant, clock.instant()));
        return organisation.getId();
    }

    /** An approved provider of the test service in Oregon, for every kind of partnership. */
    public long approved(String name) {
        return approved(name, service().getId(), EnumSet.allOf(PartnerType.class), Set.of("US-OR"));
    }

    /** A new account with the PROVIDER role acting for the organisation; returns the account's id. */
    public long person(long organisationId, String fullName) {
        long account = people.person(fullName, Set.of(Role.PROVIDER), false);
        return addPerson(organisationId, account);
    }

    /** Makes the account act for the organisation; returns the account's id. */
    public long addPerson(long organisationId, long accountId) {
        em.persist(new ProviderUser(em.find(ProviderOrganisation.class, organisationId), accountId, accountId, clock.instant()));
        return accountId;
    }

    /** The first person of the organisation (who applied for it). */
    public long firstPerson(long organisationId) {
        return em.createQuery("SELECT u.accountId FROM ProviderUser u WHERE u.organisation.id = :id ORDER BY u.id", Long.class)
                .setParameter("id", organisationId).setMaxResults(1).getSingleResult();
    }

    public void suspend(long organisationId) {
        em.find(ProviderOrganisation.class, organisationId).suspend("Insurance lapsed.", firstPerson(organisationId), clock.instant());
    }

    private static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + System.nanoTime();
    }
}
