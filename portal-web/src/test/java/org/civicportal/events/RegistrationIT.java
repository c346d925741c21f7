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
    void cancellationsRacingNewRegistrationsPassTheSeatsToTheFirstWaitingInOrder() throws Exception {
        clock.setDay(java.time.LocalDate.parse("2026-12-10"));
        long eventId = webinar(10, Audience.EVERYONE);
        List<Long> seated = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            seated.add(person());
            assertEquals(RegistrationStatus.REGISTERED, registrations.register(seated.get(i), eventId).getStatus());
        }
        List<Long> waiting = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMinutes(1));
            waiting.add(person());
            assertEquals(RegistrationStatus.WAITLISTED, registrations.register(waiting.get(i), eventId).getStatus());
        }
        List<Long> cancelling = seated.subList(0, 6);
        List<Long> newcomers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            newcomers.add(person());
        }
        clock.advance(Duration.ofMinutes(1));

        // six seat holders cancel while twelve newcomers press "Register", all at the same instant
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> outcomes = new ArrayList<>();
        for (long person : cancelling) {
            outcomes.add(rush.submit(() -> {
                start.await();
                cancelAsTheMembersDoorDoes(person, eventId);
                return null;
            }));
        }
        List<Future<RegistrationStatus>> newcomerOutcomes = new ArrayList<>();
        for (long person : newcomers) {
            newcomerOutcomes.add(rush.submit(() -> {
                start.await();
                return registrations.register(person, eventId).getStatus();
            }));
        }
        start.countDown();
        for (Future<?> outcome : outcomes) {
            outcome.get(); // every cancellation went through
        }
        for (Future<RegistrationStatus> outcome : newcomerOutcomes) {
            assertEquals(RegistrationStatus.WAITLISTED, outcome.get(), "a freed seat goes to the waitlist, never to a newcomer");
        }

        assertEquals(10, read(() -> em.find(Event.class, eventId).getSeatsTaken()));
        assertEquals(10L, registrations.count(eventId, RegistrationStatus.REGISTERED), "seats taken equal the capacity");
        List<Long> promoted = waiting.subList(0, 6);
        List<Long> expectedSeated = new ArrayList<>(seated.subList(6, 10));
        expectedSeated.addAll(promoted);
        assertEquals(new java.util.TreeSet<>(expectedSeated), new java.util.TreeSet<>(holders(eventId, RegistrationStatus.REGISTERED)),
                "exactly the first six on the waitlist moved up");
        List<Long> expectedWaiting = new ArrayList<>(waiting.subList(6, 10));
        List<Long> stillWaiting = holders(eventId, RegistrationStatus.WAITLISTED);
        assertEquals(expectedWaiting, stillWaiting.subList(0, 4), "the rest keep their places, ahead of the newcomers");
        assertEquals(new java.util.TreeSet<>(newcomers), new java.util.TreeSet<>(stillWaiting.subList(4, stillWaiting.size())));

        // one mail each, and the seats went out in waitlist order
        for (long person : promoted) {
            assertEquals(1L, mailsTo(person, "A seat opened up"));
        }
        for (long person : cancelling) {
            assertEquals(1L, mailsTo(person, "Registration cancelled"));
        }
        for (long person : expectedWaiting) {
            assertEquals(0L, mailsTo(person, "A seat opened up"));
        }
        List<Long> promotionMailOrder = read(() -> em.createQuery("SELECT a.id FROM OutboundMail m, Account a WHERE m.recipient = a.email"
                + " AND m.subject LIKE 'A seat opened up%' AND a.id IN :ids ORDER BY m.id", Long.class)
                .setParameter("ids", waiting).getResultList());
        assertEquals(promoted, promotionMailOrder, "first waiting, first told");
    }

    @Test
    void oneMemberPressingRegisterTwiceAtOnceGetsOneSeatAndOneMail() throws Exception {
        clock.setDay(java.time.LocalDate.parse("2026-12-10"));
        long eventId = webinar(5, Audience.EVERYONE);
        long person = person();
        assertEquals(1, pressedAtOnce(person, eventId, 8), "one of eight presses registers");
        assertEquals(1, read(() -> em.find(Event.class, eventId).getSeatsTaken()));
        assertEquals(1L, registrations.count(eventId, RegistrationStatus.REGISTERED));
        assertEquals(1L, mailsTo(person, "You are registered"));

        // the same after cancelling, when the registration row already exists
        registrations.cancel(person, eventId);
        assertEquals(0, read(() -> em.find(Event.class, eventId).getSeatsTaken()));
        assertEquals(1, pressedAtOnce(person, eventId, 8));
        assertEquals(1, read(() -> em.find(Event.class, eventId).getSeatsTaken()));
        assertEquals(1L, registrations.count(eventId, RegistrationStatus.REGISTERED));
        assertEquals(2L, mailsTo(person, "You are registered"));
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

    /** As EventService.cancel does for a logged-in member: it reads the event (for the cut-off) before cancelling. */
    private void cancelAsTheMembersDoorDoes(long accountId, long eventId) throws Exception {
        transaction.begin();
        try {
            em.find(Event.class, eventId);
            registrations.cancel(accountId, eventId);
            transaction.commit();
        } catch (Exception | Error failed) {
            transaction.rollback();
            throw failed;
        }
    }

    /** The person presses "Register" so many times at once; returns how many presses registered. */
    private int pressedAtOnce(long accountId, long eventId, int presses) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < presses; i++) {
            outcomes.add(rush.submit(() -> {
                start.await();
                try {
                    return registrations.register(accountId, eventId) != null;
                } catch (InvalidInputException already) {
                    assertTrue(already.getMessage().startsWith("You are already registered"), already.getMessage());
                    return false;
                }
            }));
        }
        start.countDown();
        int registered = 0;
        for (Future<Boolean> outcome : outcomes) {
            registered += outcome.get() ? 1 : 0;
        }
        return registered;
    }

    /** The account ids in the status, in the event's order (the waitlist in its order). */
    private List<Long> holders(long eventId, RegistrationStatus status) throws Exception {
        return read(() -> em.createNamedQuery(Registration.BY_STATUS, Registration.class)
                .setParameter("eventId", eventId).setParameter("status", status).getResultList()
                .stream().map(r -> r.getAccount().getId()).toList());
    }

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
