package org.civicportal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
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
 * Running events, inside the portal against MariaDB: what the organisers' form refuses (with
 * nothing saved), publishing, cancelling with everyone told, closing registration early, more
 * seats going to the waitlist, moving someone up by hand, and attendance granting credits.
 */
@ExtendWith(ArquillianExtension.class)
class EventOrganisingIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(EventOrganisingIT.class, MovableClock.class, Transactions.class);
    }

    @Inject
    MovableClock clock;

    @Inject
    AccountSeeding seeding;

    @Inject
    EventOrganising organising;

    @Inject
    EventAdministration administration;

    @Inject
    Registrations registrations;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Test
    void mistakesAreRefusedByFieldAndNothingIsSaved() throws Exception {
        clock.setDay(LocalDate.parse("2027-01-05"));
        long before = eventCount();
        EventDetails details = forum(10);
        details.setClosesDay(LocalDate.parse("2027-01-20"));
        details.setEndTime(LocalTime.of(8, 0));
        details.setZoneId("America/Gotham");
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> organising.create(details));
        assertEquals(Set.of("zoneId", "endTime"), refused.problems().keySet());

        EventDetails blank = new EventDetails();
        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> organising.create(blank));
        assertTrue(empty.problems().keySet().containsAll(List.of("title", "summary", "speakers", "day", "capacity")),
                empty.problems().toString());
        assertEquals(before, eventCount(), "nothing saved");
    }

    @Test
    void aDraftIsHiddenUntilPublishedAndCapacityNeverFallsBelowTheSeated() throws Exception {
        clock.setDay(LocalDate.parse("2027-01-05"));
        Event draft = organising.create(forum(2));
        assertEquals(EventStatus.DRAFT, draft.getStatus());
        InvalidInputException hidden = assertThrows(InvalidInputException.class, () -> registrations.register(person(), draft.getId()));
        assertEquals("This event does not exist.", hidden.getMessage());

        organising.publish(draft.getId());
        registrations.register(person(), draft.getId());
        registrations.register(person(), draft.getId());

        EventDetails fewer = EventDetails.of(read(() -> em.find(Event.class, draft.getId())));
        fewer.setCapacity(1);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> organising.update(draft.getId(), fewer));
        assertEquals("2 people already hold a seat, so there must be at least 2 seats. Cancel registrations first to go lower.",
                refused.problems().get("capacity"));
        assertEquals(2, read(() -> em.find(Event.class, draft.getId()).getCapacity()), "unchanged");
    }

    @Test
    void moreSeatsGoToTheWaitlistInOrderAndAnOrganiserCanMoveSomeoneUpByHand() throws Exception {
        clock.setDay(LocalDate.parse("2027-01-05"));
        long eventId = published(forum(1));
        long seated = person();
        long firstWaiting = person();
        long secondWaiting = person();
        long thirdWaiting = person();
        registrations.register(seated, eventId);
        for (long waiting : List.of(firstWaiting, secondWaiting, thirdWaiting)) {
            clock.advance(Duration.ofMinutes(1));
            assertEquals(RegistrationStatus.WAITLISTED, registrations.register(waiting, eventId).getStatus());
        }

        EventDetails twoSeats = EventDetails.of(read(() -> em.find(Event.class, eventId)));
        twoSeats.setCapacity(2);
        organising.update(eventId, twoSeats);
        assertEquals(RegistrationStatus.REGISTERED, statusOf(firstWaiting, eventId), "the first waiting took the new seat");
        assertEquals(1L, mailsTo(firstWaiting, "A seat opened up"));

        // the organiser picks the third, out of turn: the full event gets one more seat
        long thirdRegistration = registrationId(thirdWaiting, eventId);
        organising.moveFromWaitlist(eventId, thirdRegistration);
        assertEquals(RegistrationStatus.REGISTERED, statusOf(thirdWaiting, eventId));
        assertEquals(RegistrationStatus.WAITLISTED, statusOf(secondWaiting, eventId));
        Event after = read(() -> em.find(Event.class, eventId));
        assertEquals(3, after.getCapacity());
        assertEquals(3, after.getSeatsTaken());
        assertThrows(InvalidInputException.class, () -> organising.moveFromWaitlist(eventId, thirdRegistration), "not waiting any more");
    }

    @Test
    void closingRegistrationEarlyStopsNewRegistrationsUntilReopened() throws Exception {
        clock.setDay(LocalDate.parse("2027-01-05"));
        long eventId = published(forum(10));
        organising.closeRegistration(eventId);
        InvalidInputException closed = assertThrows(InvalidInputException.class, () -> registrations.register(person(), eventId));
        assertEquals("The organisers have closed registration.", closed.getMessage());
        organising.reopenRegistration(eventId);
        assertEquals(RegistrationStatus.REGISTERED, registrations.register(person(), eventId).getStatus());
    }

    @Test
    void cancellingTheEventTellsEveryoneAndSeatHoldersGetACalendarCancellation() throws Exception {
        clock.setDay(LocalDate.parse("2027-01-05"));
        long eventId = published(forum(1));
        long seated = person();
        long waiting = person();
        registrations.register(seated, eventId);
        registrations.register(waiting, eventId);

        organising.cancel(eventId);

        assertEquals(EventStatus.CANCELLED, read(() -> em.find(Event.class, eventId).getStatus()));
        assertEquals("text/calendar; method=CANCEL", read(() -> em.createQuery("SELECT m.attachmentType FROM OutboundMail m"
                + " WHERE m.subject LIKE 'Event cancelled:%' AND m.recipient = (SELECT a.email FROM Account a WHERE a.id = :id)", String.class)
                .setParameter("id", seated).getSingleResult()));
        assertEquals(1L, mailsTo(waiting, "Event cancelled"));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> registrations.register(person(), eventId));
        assertEquals("This event was cancelled.", refused.getMessage());
        assertThrows(InvalidInputException.class, () -> organising.moveFromWaitlist(eventId, registrationId(waiting, eventId)));
    }

    @Test
    void aChangeOfTimeSendsSeatHoldersAnUpdatedCalendarEntry() throws Exception {
        clock.setDay(LocalDate.parse("2027-01-05"));
        long eventId = published(forum(5));
        long seated = person();
        registrations.register(seated, eventId);
        EventDetails later = EventDetails.of(read(() -> em.find(Event.class, eventId)));
        later.setStartTime(LocalTime.of(11, 0));
        later.setEndTime(LocalTime.of(12, 0));
        organising.update(eventId, later);
        assertEquals(1L, mailsTo(seated, "Event changed"));

        EventDetails sameTime = EventDetails.of(read(() -> em.find(Event.class, eventId)));
        sameTime.setSummary("A clearer summary.");
        organising.update(eventId, sameTime);
        assertEquals(1L, mailsTo(seated, "Event changed"), "a new summary is no reason to write");
    }

    @Test
    void attendanceByTickOrFileGrantsTheCreditsOnlyAfterTheStart() throws Exception {
        clock.setDay(LocalDate.parse("2027-01-05"));
        long eventId = published(forum(10));
        long ticked = person();
        long fromFile = person();
        long absent = person();
        for (long person : List.of(ticked, fromFile, absent)) {
            registrations.register(person, eventId);
        }
        long tickedRegistration = registrationId(ticked, eventId);
        InvalidInputException early = assertThrows(InvalidInputException.class,
                () -> organising.recordAttendance(eventId, Map.of(tickedRegistration, true)));
        assertEquals("Attendance can be recorded once the event has taken place.", early.getMessage());

        clock.setInstant(Instant.parse("2027-02-10T17:00:00Z")); // the forum is on 2027-02-10, 9:00 to 10:30 in Chicago
        organising.recordAttendance(eventId, Map.of(tickedRegistration, true, registrationId(absent, eventId), false));
        String csv = "Name,Email,Minutes attended\r\nSomeone,\"" + emailOf(fromFile).toUpperCase() + "\",80\r\n"
                + "Stranger,stranger@example.org,10\r\n";
        EventOrganising.AttendanceImport result = organising.importAttendance(eventId, new StringReader(csv));
        assertEquals(1, result.marked());
        assertEquals(Set.of("stranger@example.org"), result.notRegistered());

        assertEquals(new BigDecimal("1.50"), creditsOf(ticked, eventId));
        assertEquals(new BigDecimal("1.50"), creditsOf(fromFile, eventId));
        assertEquals(null, creditsOf(absent, eventId));
        long absentRegistration = registrationId(absent, eventId);
        assertFalse(read(() -> em.find(Registration.class, absentRegistration).isAttended()));

        // a file over a cap is refused whole, before anyone in it is marked
        String tooLong = "Email\n" + emailOf(absent) + "\n" + "someone@example.org\n".repeat(AttendanceCsv.MAX_ROWS);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> organising.importAttendance(eventId, new StringReader(tooLong)));
        assertEquals("The file has more than 20000 rows. Upload the attendance of one event.", refused.problems().get("file"));
        assertFalse(read(() -> em.find(Registration.class, absentRegistration).isAttended()));

        // semicolons, as spreadsheets in many locales save, with a quoted name holding one
        EventOrganising.AttendanceImport semicolons = organising.importAttendance(eventId,
                new StringReader("Name;E-mail address\r\n\"Okafor; Robin\";" + emailOf(absent) + "\r\n"));
        assertEquals(1, semicolons.marked());
        assertTrue(read(() -> em.find(Registration.class, absentRegistration).isAttended()));
    }

    @Test
    void onlyEditorsAndAdministratorsRunEvents() {
        assertThrows(EJBAccessException.class, () -> administration.page(false, 0, 10));
        assertThrows(EJBAccessException.class, () -> administration.create(forum(5)));
        assertThrows(EJBAccessException.class, () -> administration.cancel(1L));
        assertThrows(EJBAccessException.class, () -> administration.recordAttendance(1L, Map.of()));
    }

    // ---- helpers

    /** The conference forum session of the association's program, in Chicago. */
    private static EventDetails forum(int seats) {
        EventDetails details = new EventDetails();
        details.setKind(EventKind.CONFERENCE_SESSION);
        details.setTitle("Collaborative Service Delivery is All Well and Good, But is it Right for Me?");
        details.setSummary("A forum on choosing partners for public services.");
        details.setSpeakers("M. Chen; R. Alvarez");
        details.setZoneId("America/Chicago");
        details.setDay(LocalDate.parse("2027-02-10"));
        details.setStartTime(LocalTime.of(9, 0));
        details.setEndTime(LocalTime.of(10, 30));
        details.setOnline(false);
        details.setVenue("Convention Center");
        details.setRoom("Room 204");
        details.setAudience(Audience.EVERYONE);
        details.setCapacity(seats);
        details.setOpensDay(LocalDate.parse("2027-01-01"));
        details.setClosesDay(LocalDate.parse("2027-02-09"));
        details.setCredits(new BigDecimal("1.5"));
        return details;
    }

    private long published(EventDetails details) {
        long id = organising.create(details).getId();
        organising.publish(id);
        return id;
    }

    private long eventCount() throws Exception {
        return read(() -> em.createQuery("SELECT COUNT(e) FROM Event e", Long.class).getSingleResult());
    }

    private long person() {
        SignUp signUp = new SignUp();
        signUp.setEmail("organised-" + UUID.randomUUID().toString().substring(0, 8) + "@county.example.org");
        signUp.setPassword("forum in room two");
        signUp.setFullName("Robin Okafor");
        signUp.setPositionTitle("Assistant County Manager");
        signUp.setPositionType(PositionType.ACAO);
        signUp.getJurisdiction().setName("Lake County");
        signUp.getJurisdiction().setRegion("IL");
        signUp.getJurisdiction().setCountry("US");
        signUp.getJurisdiction().setPopulation(70_000);
        return seeding.createConfirmed(signUp, EnumSet.of(Role.MEMBER)).getId();
    }

    private String emailOf(long accountId) throws Exception {
        return read(() -> em.find(org.civicportal.account.Account.class, accountId).getEmail());
    }

    private long registrationId(long accountId, long eventId) throws Exception {
        return read(() -> em.createNamedQuery(Registration.OF_MEMBER, Registration.class)
                .setParameter("eventId", eventId).setParameter("accountId", accountId).getSingleResult().getId());
    }

    private RegistrationStatus statusOf(long accountId, long eventId) throws Exception {
        long id = registrationId(accountId, eventId);
        return read(() -> em.find(Registration.class, id).getStatus());
    }

    private BigDecimal creditsOf(long accountId, long eventId) throws Exception {
        long id = registrationId(accountId, eventId);
        return read(() -> em.find(Registration.class, id).getCreditsEarned());
    }

    private long mailsTo(long accountId, String subjectStart) throws Exception {
        return read(() -> em.createQuery("SELECT COUNT(m) FROM OutboundMail m WHERE m.subject LIKE :s AND m.recipient ="
                + " (SELECT a.email FROM Account a WHERE a.id = :id)", Long.class)
                .setParameter("s", subjectStart + "%").setParameter("id", accountId).getSingleResult());
    }

    private <T> T read(Callable<T> query) throws Exception {
        return Transactions.read(transaction, query);
    }
}
