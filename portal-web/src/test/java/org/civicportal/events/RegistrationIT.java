package org.civicportal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.civicportal.account.AccountSeeding;
import org.civicportal.account.PositionType;
import org.civicportal.account.Role;
import org.civicportal.account.SignUp;
import org.civicportal.shared.InvalidInputException;
import org.civicportal.testing.MovableClock;
import org.civicportal.testing.PortalDeployment;
import org.civicportal.testing.Transactions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Seats under contention, inside the running portal against MariaDB: 200 people press "Register"
 * at the same moment for 50 seats; cancellations pass seats to the waitlist in order.
 */
@ExtendWith(ArquillianExtension.class)
@ManagedExecutorDefinition(name = "java:app/concurrent/registrationRush", maxAsync = 64)
class RegistrationIT {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(RegistrationIT.class, MovableClock.class, Transactions.class);
    }

    @Inject
    MovableClock clock;

    @Inject
    AccountSeeding seeding;

    @Inject
    Registrations registrations;

    @Inject
    EventReminders reminders;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = "java:app/concurrent/registrationRush")
    ManagedExecutorService rush;

    @Test
    void twoHundredPeoplePressingAtOnceFillFiftySeatsAndTheRestWait() throws Exception {
        clock.setDay(java.time.LocalDate.parse("2026-12-10"));
        long eventId = webinar(50, Audience.EVERYONE);
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            people.add(person());
        }

        CountDownLatch start = new CountDownLatch(1);
        List<Future<RegistrationStatus>> outcomes = new ArrayList<>();
        for (long person : people) {
            outcomes.add(rush.submit(() -> {
                start.await();
                return registrations.register(person, eventId).getStatus();
            }));
        }
        start.countDown();
        int seated = 0;
        int waiting = 0;
        for (Future<RegistrationStatus> outcome : outcomes) {
            if (outcome.get() == RegistrationStatus.REGISTERED) {
                seated++;
            } else {
                waiting++;
            }
        }
        assertEquals(50, seated);
        assertEquals(150, waiting);
        assertEquals(50L, registrations.count(eventId, RegistrationStatus.REGISTERED));
        assertEquals(150L, registrations.count(eventId, RegistrationStatus.WAITLISTED));
        assertEquals(50, read(() -> em.find(Event.class, eventId).getSeatsTaken()));
        assertEquals(200L, read(() -> em.createQuery("SELECT COUNT(DISTINCT r.account.id) FROM Registration r WHERE r.event.id = :e",
                Long.class).setParameter("e", eventId).getSingleResult()), "one registration per person, no duplicates");

        // registering twice is refused
        long someone = people.get(0);
        assertThrows(InvalidInputException.class, () -> registrations.register(someone, eventId));
    }

    @Test
    void aCancelledSeatGoesToTheFirstOnTheWaitlistWhoIsTold() throws Exception {
        clock.setDay(java.time.LocalDate.parse("2026-12-10"));
        long eventId = webinar(1, Audience.EVERYONE);
        long first = person();
        long second = person();
        long third = person();
        assertEquals(RegistrationStatus.REGISTERED, registrations.register(first, eventId).getStatus());
        clock.advance(Duration.ofMinutes(1));
        assertEquals(RegistrationStatus.WAITLISTED, registrations.register(second, eventId).getStatus());
        clock.advance(Duration.ofMinutes(1));
        assertEquals(RegistrationStatus.WAITLISTED, registrations.register(third, eventId).getStatus());

        registrations.cancel(first, eventId);

        assertEquals(RegistrationStatus.REGISTERED, statusOf(second, eventId), "the first on the waitlist");
        assertEquals(RegistrationStatus.WAITLISTED, statusOf(third, eventId));
        assertEquals(1, read(() -> em.find(Event.class, eventId).getSeatsTaken()), "the seat passed on, not freed");
        assertEquals(1L, read(() -> em.createQuery("SELECT COUNT(m) FROM OutboundMail m WHERE m.subject LIKE :s AND m.recipient ="
                + " (SELECT a.email FROM Account a WHERE a.id = :id)", Long.class)
                .setParameter("s", "A seat opened up%").setParameter("id", second).getSingleResult()));
        assertThrows(InvalidInputException.class, () -> registrations.cancel(first, eventId), "not registered any more");

        // a waitlisted person who cancels frees nothing; the last seat holder's cancellation frees the seat
        registrations.cancel(third, eventId);
        registrations.cancel(second, eventId);
        assertEquals(0, read(() -> em.find(Event.class, eventId).getSeatsTaken()));
        assertEquals(RegistrationStatus.REGISTERED, registrations.register(first, eventId).getStatus(), "and one may come back");
    }

    @Test
    void theClosingInstantIsTooLateAndMembersOnlyNeedsAMembership() throws Exception {
        clock.setDay(java.time.LocalDate.parse("2026-12-10"));
        long eventId = webinar(10, Audience.EVERYONE);
        long person = person();
        clock.setInstant(Instant.parse("2027-01-13T22:00:00Z"));
        InvalidInputException late = assertThrows(InvalidInputException.class, () -> registrations.register(person, eventId));
        assertEquals("Registration closed on Wednesday, January 13, 2027, 5:00 PM EST (New York time).", late.getMessage());
        clock.setInstant(Instant.parse("2027-01-13T21:59:59Z"));
        assertEquals(RegistrationStatus.REGISTERED, registrations.register(person, eventId).getStatus());

        long membersOnly = webinar(10, Audience.MEMBERS_ONLY);
        InvalidInputException notMember = assertThrows(InvalidInputException.class,
                () -> registrations.register(person(), membersOnly));
        assertTrue(notMember.getMessage().startsWith("This event is for members in good standing"), notMember.getMessage());
    }

    @Test
    void registrantsAreRemindedOnceADayBeforeTheStartAndTheWaitlistIsNot() throws Exception {
        clock.setInstant(Instant.parse("2027-01-12T12:00:00Z"));
        long eventId = webinar(1, Audience.EVERYONE); // starts 2027-01-14T19:00Z
        long seated = person();
        long waiting = person();
        registrations.register(seated, eventId);
        registrations.register(waiting, eventId);

        reminders.sendDue();
        assertEquals(0L, mailsTo(seated, "Reminder:"), "55 hours before: too early");

        clock.setInstant(Instant.parse("2027-01-13T20:00:00Z"));
        reminders.sendDue();
        reminders.sendDue();
        assertEquals(1L, mailsTo(seated, "Reminder:"), "23 hours before, once");
        assertEquals(0L, mailsTo(waiting, "Reminder:"));
    }

    // ---- helpers

    private long mailsTo(long accountId, String subjectStart) throws Exception {
        return read(() -> em.createQuery("SELECT COUNT(m) FROM OutboundMail m WHERE m.subject LIKE :s AND m.recipient ="
                + " (SELECT a.email FROM Account a WHERE a.id = :id)", Long.class)
                .setParameter("s", subjectStart + "%").setParameter("id", accountId).getSingleResult());
    }


    private long webinar(int capacity, Audience audience) throws Exception {
        transaction.begin();
        Event event = new Event(EventKind.WEBINAR, "Service Delivery Collaborations: Are They Worth the Effort?",
                "When do shared services pay off?", "A. Rivera; K. Osei", Instant.parse("2027-01-14T19:00:00Z"), NEW_YORK,
                Duration.ofMinutes(75), audience, capacity,
                new RegistrationWindow(Instant.parse("2026-12-01T14:00:00Z"), Instant.parse("2027-01-13T22:00:00Z")), clock.instant());
        em.persist(event);
        transaction.commit();
        return event.getId();
    }

    private long person() {
        SignUp signUp = new SignUp();
        signUp.setEmail("attendee-" + UUID.randomUUID().toString().substring(0, 8) + "@village.example.org");
        signUp.setPassword("registration rush");
        signUp.setFullName("Sam Ortiz");
        signUp.setPositionTitle("Planner");
        signUp.setPositionType(PositionType.LOCAL_GOVERNMENT_STAFF);
        signUp.getJurisdiction().setName("Village of Westbrook");
        signUp.getJurisdiction().setRegion("WI");
        signUp.getJurisdiction().setCountry("US");
        signUp.getJurisdiction().setPopulation(4_200);
        return seeding.createConfirmed(signUp, EnumSet.of(Role.MEMBER)).getId();
    }

    private RegistrationStatus statusOf(long accountId, long eventId) throws Exception {
        return read(() -> em.createNamedQuery(Registration.OF_MEMBER, Registration.class)
                .setParameter("eventId", eventId).setParameter("accountId", accountId).getSingleResult().getStatus());
    }

    private <T> T read(Callable<T> query) throws Exception {
        return Transactions.read(transaction, query);
    }
}
