package org.civicportal.marketplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicportal.account.Account;
import org.civicportal.account.Role;
import org.civicportal.content.Slugs;
import org.civicportal.decision.ChangedMeanwhile;
import org.civicportal.shared.EmailAddress;
import org.civicportal.shared.InputCheck;
import org.civicportal.shared.InvalidInputException;
import org.civicportal.shared.servicearea.ServiceArea;

/**
 * An organisation's application and its profile: the form checked in one pass (its constraints,
 * the lines of regions and references, the service areas, the account's single organisation) so
 * that nothing is half-saved; the applicant becomes its first user; the applicant and the
 * administrators are told. Also where every provider step finds the caller's organisation: from
 * their account, never from an id a request carries.
 */
@ApplicationScoped
@Transactional
public class ProviderApplications {

    /** Administrators are told of at most this many applications an hour; the rest wait in their list. */
    static final int ADMINISTRATOR_NOTICES_PER_HOUR = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    InputCheck inputCheck;

    @Inject
    ProviderMails mails;

    @Inject
    Clock clock;

    /** The account's place in an organisation, with the organisation; empty if it acts for none. */
    public Optional<ProviderUser> userOf(long accountId) {
        return em.createNamedQuery(ProviderUser.BY_ACCOUNT, ProviderUser.class).setParameter("accountId", accountId)
                .getResultStream().findFirst();
    }

    /** The organisation the account acts for, with everything its page shows; empty if none. */
    public Optional<ProviderOrganisation> organisationOf(long accountId) {
        return userOf(accountId).map(user -> loaded(user.getOrganisation()));
    }

    /**
     * An organisation applies; the applicant becomes its first user.
     *
     * @throws InvalidInputException naming every field with a problem (nothing is saved), or if the
     *                               account acts for an organisation already
     */
    public ProviderOrganisation apply(OrganisationForm form, long applicantId) {
        Map<String, String> problems = new LinkedHashMap<>();
        userOf(applicantId).ifPresent(user -> problems.put("form", "You act for " + user.getOrganisation().getName()
                + " already: an account acts for one organisation only."));
        Checked checked = check(form, null, problems);
        Instant now = clock.instant();
        String slug = Slugs.uniqueSlug(form.getName(), this::slugTaken);
        ProviderOrganisation organisation = new ProviderOrganisation(slug, form.getName(), form.getType(), applicantId, now);
        organisation.describe(form, checked.areas(), checked.regions(), checked.references());
        try {
            em.persist(organisation);
            em.flush();
            em.persist(new ProviderUser(organisation, applicantId, applicantId, now));
            em.flush();
        } catch (PersistenceException raced) {
            // the same person applying twice at once: the second meets the one-organisation constraint
            throw new InvalidInputException("form", "You act for an organisation already: an account acts for one organisation only.");
        }
        Account applicant = em.find(Account.class, applicantId);
        mails.applicationReceived(organisation, applicant);
        tellAdministrators(organisation, now);
        return organisation;
    }

    /**
     * Saves the profile of the organisation the account acts for. Its status stays as it is.
     *
     * @param seenVersion the organisation's version when the page was opened
     * @throws ChangedMeanwhile      if it changed after that (a colleague's edit, a decision): nothing is saved
     * @throws InvalidInputException naming every field with a problem, or if the account acts for no organisation
     */
    public ProviderOrganisation updateProfile(long accountId, OrganisationForm form, int seenVersion) {
        ProviderUser user = userOf(accountId).orElseThrow(ProviderApplications::notAUser);
        Map<String, String> problems = new LinkedHashMap<>();
        Checked checked = check(form, user.getOrganisation().getId(), problems);
        ProviderOrganisation organisation = em.find(ProviderOrganisation.class, user.getOrganisation().getId(), LockModeType.PESSIMISTIC_WRITE);
        if (organisation.getVersion() != seenVersion) {
            throw new ChangedMeanwhile("Someone changed this organisation after you opened the page (a colleague's edit or an"
                    + " administrator's decision). Nothing was saved: keep a copy of your changes, reload the page and make them again.");
        }
        organisation.describe(form, checked.areas(), checked.regions(), checked.references());
        // a change of its lists alone must count as a change too: the next save of an older page is refused
        em.lock(organisation, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return loaded(organisation);
    }

    static InvalidInputException notAUser() {
        return new InvalidInputException("organisation", "You do not act for a provider organisation.");
    }

    /** What a checked form gives: the service areas, the stored regions and the references named. */
    record Checked(List<ServiceArea> areas, Set<String> regions, List<ProviderReference> references) {
    }

    /**
     * Checks the whole form at once and throws with every problem found (those the caller found
     * already included); {@code self} is the organisation being edited, null for an application.
     */
    Checked check(OrganisationForm form, Long self, Map<String, String> problems) {
        try {
            inputCheck.valid(form);
        } catch (InvalidInputException invalid) {
            invalid.problems().forEach(problems::putIfAbsent);
        }
        ServedRegions.Read regions = ServedRegions.read(form.getRegions());
        regions.problems().forEach(problems::putIfAbsent);
        List<ProviderReference> references = references(form.getReferences(), problems);
        List<ServiceArea> areas = areas(form.getServiceAreaIds(), problems);
        if (form.getName() != null && !problems.containsKey("name") && nameTaken(form.getName(), self)) {
            problems.put("name", "An organisation of this name has applied already. If it is yours, ask a colleague there to invite you.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        form.setContactEmail(EmailAddress.normalise(form.getContactEmail()));
        return new Checked(areas, regions.codes(), references);
    }

    /** The lines filled in, each checked (messages keyed by the line's place); at least two are needed. */
    private List<ProviderReference> references(List<ProviderReference> lines, Map<String, String> problems) {
        List<ProviderReference> given = new ArrayList<>();
        if (lines.size() > OrganisationForm.MAX_REFERENCES) {
            problems.put("references", "Give at most " + OrganisationForm.MAX_REFERENCES + " references.");
            return given;
        }
        int named = 0;
        for (int i = 0; i < lines.size(); i++) {
            ProviderReference line = lines.get(i);
            if (line == null || isBlank(line.getClientName()) && isBlank(line.getContactName()) && isBlank(line.getContactDetails())) {
                continue;
            }
            named++;
            try {
                inputCheck.valid(line);
                given.add(new ProviderReference(line.getClientName().strip(), line.getContactName().strip(), line.getContactDetails().strip()));
            } catch (InvalidInputException invalid) {
                int place = i;
                invalid.problems().forEach((field, message) -> problems.putIfAbsent("references[" + place + "]." + field, message));
            }
        }
        if (named < OrganisationForm.MIN_REFERENCES) {
            problems.putIfAbsent("references", "Give at least " + OrganisationForm.MIN_REFERENCES
                    + " local governments you worked for, with a person to ask there.");
        }
        return given;
    }

    private List<ServiceArea> areas(List<Long> ids, Map<String, String> problems) {
        List<Long> distinct = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (distinct.isEmpty() || distinct.size() > OrganisationForm.MAX_SERVICE_AREAS) {
            return List.of(); // the form's own constraints say so
        }
        List<ServiceArea> found = em.createQuery("SELECT s FROM ServiceArea s WHERE s.id IN :ids", ServiceArea.class)
                .setParameter("ids", distinct).getResultList();
        if (found.size() != distinct.size() || found.stream().anyMatch(s -> !s.isActive())) {
            problems.putIfAbsent("serviceAreaIds", "Choose service areas from the list.");
        }
        return found;
    }

    private boolean nameTaken(String name, Long self) {
        // the column's collation compares as people read: "Acme" and "ACME" are one name
        return em.createQuery("SELECT COUNT(o) FROM ProviderOrganisation o WHERE o.name = :name AND o.id <> :self", Long.class)
                .setParameter("name", name).setParameter("self", self == null ? -1L : self).getSingleResult() > 0;
    }

    private boolean slugTaken(String slug) {
        return em.createQuery("SELECT COUNT(o) FROM ProviderOrganisation o WHERE o.slug = :slug", Long.class)
                .setParameter("slug", slug).getSingleResult() > 0;
    }

    /** Every administrator is told, unless many applications came in the last hour: then they see them in their list. */
    private void tellAdministrators(ProviderOrganisation organisation, Instant now) {
        long lastHour = em.createQuery("SELECT COUNT(o) FROM ProviderOrganisation o WHERE o.appliedAt > :since", Long.class)
                .setParameter("since", now.minus(Duration.ofHours(1))).getSingleResult();
        if (lastHour > ADMINISTRATOR_NOTICES_PER_HOUR) {
            return;
        }
        em.createQuery("SELECT a.email FROM Account a JOIN a.roles r WHERE r = :admin AND a.disabledAt IS NULL ORDER BY a.id", String.class)
                .setParameter("admin", Role.ADMIN).getResultList()
                .forEach(email -> mails.applicationToVet(organisation, email));
    }

    /** The organisation with the collections its pages show, read now (they are fetched lazily). */
    static ProviderOrganisation loaded(ProviderOrganisation organisation) {
        organisation.getServiceAreas().size();
        organisation.getPartnershipKinds().size();
        organisation.getRegions().size();
        organisation.getReferences().size();
        organisation.getChecksPassed().size();
        return organisation;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
