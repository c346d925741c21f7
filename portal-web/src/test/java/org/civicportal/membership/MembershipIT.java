package org.civicportal.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.civicportal.account.Account;
import org.civicportal.account.AccountSeeding;
import org.civicportal.account.PositionType;
import org.civicportal.account.Role;
import org.civicportal.account.SignUp;
import org.civicportal.events.Audience;
import org.civicportal.events.Event;
import org.civicportal.events.EventKind;
import org.civicportal.events.RegistrationStatus;
import org.civicportal.events.RegistrationWindow;
import org.civicportal.events.Registrations;
import org.civicportal.shared.CivilCalendar;
import org.civicportal.shared.InvalidInputException;
import org.civicportal.shared.Money;
import org.civicportal.testing.MovableClock;
import org.civicportal.testing.PortalDeployment;
import org.civicportal.testing.Transactions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Memberships inside the running portal, against MariaDB, with a clock the test moves: dues from
 * the seeded schedule, statuses that change as time passes, renewals, and payments recorded once
 * however many arrive at the same moment. "Today" is a day in the association's zone (New York),
 * which the clock at 00:30 to 04:00 UTC tests.
 */
@ExtendWith(ArquillianExtension.class)
@ManagedExecutorDefinition(name = "java:app/concurrent/paymentRush", maxAsync = 32)
class MembershipIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(MembershipIT.class, MovableClock.class, Transactions.class);
    }

    @Inject
    MovableClock clock;

    @Inject
    AccountSeeding seeding;

    @Inject
    MembershipLifecycle lifecycle;

    @Inject
    MembershipGate gate;

    @Inject
    PaymentRecorder payments;

    @Inject
    MembershipAdministration administration;

    @Inject
    MembershipReminders reminders;

    @Inject
    Registrations registrations;

    @Inject
    Invoicing invoicing;

    @Inject
    CivilCalendar calendar;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = "java:app/concurrent/paymentRush")
    ManagedExecutorService executor;

    @Test
    void aStaffMemberOfASmallTownIsQuotedTheDiscountedRateAndStatusesFollowTheCalendar() throws Exception {
        clock.setDay(LocalDate.parse("2026-03-10"));
        long accountId = person(PositionType.LOCAL_GOVERNMENT_STAFF, 8_400);

        Membership joined = lifecycle.join(accountId, "LOCAL_GOVERNMENT_STAFF");
        Invoice invoice = onlyOpenInvoice(accountId);
        assertEquals(Money.of("330.00", "USD"), invoice.totalDue(), "550.00 less 40 % for a community under 10,000");
        assertEquals("Community under 10,000: −40 %", invoice.getDiscountReason());
        assertEquals(new MembershipPeriod(LocalDate.parse("2026-03-10"), LocalDate.parse("2026-12-31")), invoice.period());
        assertTrue(invoice.getNumber().matches("INV-2026-\\d{6}"), invoice.getNumber());
        assertEquals(MembershipStatus.PENDING, gate.statusOn(accountId, LocalDate.parse("2026-03-10")), "not paid yet");

        clock.setDay(LocalDate.parse("2026-03-12"));
        payments.record(invoice.getId(), payment("330.00", "2026-03-12"), null);
        assertEquals(MembershipStatus.ACTIVE, gate.statusOn(accountId, LocalDate.parse("2026-03-12")));
        assertTrue(gate.isInGoodStanding(accountId, LocalDate.parse("2026-12-31")));

        clock.setDay(LocalDate.parse("2027-01-15"));
        assertEquals(MembershipStatus.GRACE, gate.statusOn(accountId, LocalDate.now(clock)));
        assertTrue(gate.isInGoodStandingToday(accountId), "grace keeps access");

        clock.setDay(LocalDate.parse("2027-01-31"));
        assertEquals(MembershipStatus.LAPSED, gate.statusOn(accountId, LocalDate.now(clock)));
        assertFalse(gate.isInGoodStandingToday(accountId));

        // renewing after the lapse starts a new period today, not from the old end date
        Invoice renewal = lifecycle.renew(accountId);
        assertEquals(new MembershipPeriod(LocalDate.parse("2027-01-31"), LocalDate.parse("2027-12-31")), renewal.period());
        payments.record(renewal.getId(), payment("330.00", "2027-01-31"), null);
        assertTrue(gate.isInGoodStandingToday(accountId));
        assertEquals(joined.getId(), gate.membershipOf(accountId).orElseThrow().getId(), "still one membership");
    }

    @Test
    void anEarlyRenewalOpensOnTimeAndExtendsFromTheEndDate() throws Exception {
        clock.setDay(LocalDate.parse("2026-02-01"));
        long accountId = person(PositionType.STUDENT, 120_000);
        lifecycle.join(accountId, "STUDENT");
        Invoice first = onlyOpenInvoice(accountId);
        assertEquals(Money.of("50.00", "USD"), first.totalDue(), "no discount for students");
        payments.record(first.getId(), payment("50.00", "2026-02-01"), null);

        clock.setDay(LocalDate.parse("2026-12-31"));
        InvalidInputException tooEarly = assertThrows(InvalidInputException.class, () -> lifecycle.renew(accountId));
        assertEquals("Renewal opens on January 1, 2027.", tooEarly.problems().get("renewal"), "30 days before January 31");

        clock.setDay(LocalDate.parse("2027-01-05"));
        Invoice renewal = lifecycle.renew(accountId);
        assertEquals(new MembershipPeriod(LocalDate.parse("2027-02-01"), LocalDate.parse("2028-01-31")), renewal.period());
        assertThrows(InvalidInputException.class, () -> lifecycle.renew(accountId), "one renewal invoice at a time");
    }

    @Test
    void aPositionMayOnlyChooseItsCategoriesAndTheCaoRateWaitsForApproval() throws Exception {
        clock.setDay(LocalDate.parse("2026-05-01"));
        long student = person(PositionType.STUDENT, 30_000);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> lifecycle.join(student, "CAO_ACAO"));
        assertTrue(refused.problems().get("category").startsWith("This category is for: Chief administrative officer"), refused.getMessage());

        long manager = person(PositionType.CAO, 30_000);
        Membership pending = lifecycle.join(manager, "CAO_ACAO");
        assertEquals(Approval.PENDING, pending.getApproval());
        assertTrue(openInvoices(manager).isEmpty(), "no invoice before an administrator approves");
        assertThrows(InvalidInputException.class, () -> lifecycle.join(manager, "CAO_ACAO"), "no second application");
    }

    @Test
    void paymentsThatDoNotMatchTheInvoiceAreRefusedWithNothingSaved() throws Exception {
        clock.setDay(LocalDate.parse("2026-06-01"));
        long accountId = person(PositionType.LOCAL_GOVERNMENT_STAFF, 60_000);
        lifecycle.join(accountId, "LOCAL_GOVERNMENT_STAFF");
        Invoice invoice = onlyOpenInvoice(accountId);

        InvalidInputException more = assertThrows(InvalidInputException.class,
                () -> payments.record(invoice.getId(), payment("600.00", "2026-06-01"), null));
        assertTrue(more.problems().get("amount").contains("this is more"), more.getMessage());
        InvalidInputException less = assertThrows(InvalidInputException.class,
                () -> payments.record(invoice.getId(), payment("549.99", "2026-06-01"), null));
        assertTrue(less.problems().get("amount").contains("this is less"), less.getMessage());
        InvalidInputException future = assertThrows(InvalidInputException.class,
                () -> payments.record(invoice.getId(), payment("550.00", "2026-06-02"), null));
        assertTrue(future.problems().containsKey("receivedOn"));
        assertEquals(0L, paymentCount(invoice.getId()));
        assertEquals(MembershipStatus.PENDING, gate.statusOn(accountId, LocalDate.parse("2026-06-01")));
    }

    @Test
    void twentyConcurrentAttemptsToRecordOnePaymentRecordItExactlyOnce() throws Exception {
        clock.setDay(LocalDate.parse("2026-04-01"));
        long accountId = person(PositionType.LOCAL_GOVERNMENT_STAFF, 12_000);
        lifecycle.join(accountId, "LOCAL_GOVERNMENT_STAFF");
        Invoice invoice = onlyOpenInvoice(accountId);
        String due = invoice.totalDue().amount().toPlainString();

        int attempts = 20;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            String reference = "CHK-" + i;
            outcomes.add(executor.submit(() -> {
                start.await();
                try {
                    payments.record(invoice.getId(), payment(due, "2026-04-01", reference), null);
                    return "recorded";
                } catch (InvalidInputException refused) {
                    return refused.getMessage();
                }
            }));
        }
        start.countDown();
        int recorded = 0;
        for (Future<String> outcome : outcomes) {
            String result = outcome.get();
            if ("recorded".equals(result)) {
                recorded++;
            } else {
                assertEquals(PaymentRecorder.ALREADY_PAID, result);
            }
        }
        assertEquals(1, recorded);
        assertEquals(1L, paymentCount(invoice.getId()));
        Membership membership = gate.membershipOf(accountId).orElseThrow();
        assertEquals(LocalDate.parse("2026-12-31"), membership.getPaidThrough(), "extended once, to the invoice's end");
        assertEquals(LocalDate.parse("2026-04-01"), membership.getPaidFrom());
    }

    @Test
    void aCancelledMembershipEndsAtOnceItsOpenInvoiceIsVoidAndItCannotBeRenewed() throws Exception {
        clock.setDay(LocalDate.parse("2026-07-01"));
        long accountId = person(PositionType.LOCAL_GOVERNMENT_STAFF, 30_000);
        lifecycle.join(accountId, "LOCAL_GOVERNMENT_STAFF");
        Invoice open = onlyOpenInvoice(accountId);

        lifecycle.cancel(accountId);

        assertEquals(MembershipStatus.CANCELLED, gate.statusOn(accountId, LocalDate.parse("2026-07-01")));
        InvalidInputException voided = assertThrows(InvalidInputException.class,
                () -> payments.record(open.getId(), payment("550.00", "2026-07-01"), null));
        assertTrue(voided.getMessage().contains("voided"), voided.getMessage());
        InvalidInputException renewal = assertThrows(InvalidInputException.class, () -> lifecycle.renew(accountId));
        assertTrue(renewal.getMessage().contains("cancelled"), renewal.getMessage());
        assertThrows(InvalidInputException.class, () -> lifecycle.cancel(accountId), "not twice");
    }

    @Test
    void remindersGoOutOnceBeforeTheEndAndOnceOnLapse() throws Exception {
        clock.setDay(LocalDate.parse("2026-02-01"));
        long accountId = person(PositionType.STUDENT, 40_000);
        lifecycle.join(accountId, "STUDENT");
        payments.record(onlyOpenInvoice(accountId).getId(), payment("50.00", "2026-02-01"), null);
        String email = email(accountId);

        clock.setDay(LocalDate.parse("2026-12-15"));
        reminders.sendDue();
        assertEquals(0, mailsTo(email, "Your membership ends"), "47 days before the end: too early");

        clock.setDay(LocalDate.parse("2027-01-01"));
        reminders.sendDue();
        reminders.sendDue();
        assertEquals(1, mailsTo(email, "Your membership ends on January 31, 2027"), "30 days before, once");

        clock.setDay(LocalDate.parse("2027-01-26"));
        reminders.sendDue();
        reminders.sendDue();
        assertEquals(2, mailsTo(email, "Your membership ends on January 31, 2027"), "and 7 days before, once");

        clock.setDay(LocalDate.parse("2027-02-15"));
        reminders.sendDue();
        assertEquals(0, mailsTo(email, "Your membership has lapsed"), "the last day of grace");
        clock.setDay(LocalDate.parse("2027-02-16"));
        reminders.sendDue();
        reminders.sendDue();
        assertEquals(1, mailsTo(email, "Your membership has lapsed"));
    }

    @Test
    void aMemberWhoJoinedAMinuteAgoOnANewYorkEveningMayRegisterForMembersOnlyEventsInEveryZone() throws Exception {
        // 00:29 UTC on November 30 is 7:29 PM on November 29 in New York, the association's zone
        clock.setInstant(Instant.parse("2026-11-30T00:29:00Z"));
        long accountId = person(PositionType.LOCAL_GOVERNMENT_STAFF, 60_000);
        lifecycle.join(accountId, "LOCAL_GOVERNMENT_STAFF");
        Invoice invoice = onlyOpenInvoice(accountId);
        assertEquals(new MembershipPeriod(LocalDate.parse("2026-11-29"), LocalDate.parse("2027-12-31")), invoice.period(),
                "joined on November 29, a late joiner: the rest of this year and all of the next");
        payments.record(invoice.getId(), payment(invoice.totalDue().amount().toPlainString(), "2026-11-29"), null);

        clock.setInstant(Instant.parse("2026-11-30T00:30:00Z"));
        assertEquals(LocalDate.parse("2026-11-29"), calendar.today());
        assertEquals(MembershipStatus.ACTIVE, gate.statusOn(accountId, calendar.today()));
        assertTrue(gate.isInGoodStandingToday(accountId));
        for (String zone : List.of("America/New_York", "Pacific/Honolulu", "Australia/Sydney")) {
            long eventId = membersOnlyEvent(ZoneId.of(zone), LocalDate.parse("2026-12-10").atTime(10, 0));
            assertEquals(RegistrationStatus.REGISTERED, registrations.register(accountId, eventId).getStatus(), zone);
        }
        // an event starting later this evening (already tomorrow in UTC and in Sydney) is open to them too
        long tonight = membersOnlyEvent(ZoneId.of("America/New_York"), LocalDate.parse("2026-11-29").atTime(21, 0));
        assertEquals(RegistrationStatus.REGISTERED, registrations.register(accountId, tonight).getStatus());
    }

    @Test
    void betweenHalfPastMidnightAndFourUtcItIsStillYesterdayForAUsMember() throws Exception {
        clock.setDay(LocalDate.parse("2026-02-01"));
        long accountId = person(PositionType.STUDENT, 40_000);
        lifecycle.join(accountId, "STUDENT");
        payments.record(onlyOpenInvoice(accountId).getId(), payment("50.00", "2026-02-01"), null);
        String email = email(accountId);

        // December 31 in New York: no reminder yet, renewal not open yet (it opens on January 1)
        for (String utc : List.of("2027-01-01T00:30:00Z", "2027-01-01T02:00:00Z", "2027-01-01T04:00:00Z")) {
            clock.setInstant(Instant.parse(utc));
            assertEquals(LocalDate.parse("2026-12-31"), calendar.today(), utc);
            reminders.sendDue();
            assertEquals(0, mailsTo(email, "Your membership ends"), utc + ": 31 days before the end");
            InvalidInputException notYet = assertThrows(InvalidInputException.class, () -> lifecycle.renew(accountId), utc);
            assertEquals("Renewal opens on January 1, 2027.", notYet.problems().get("renewal"), utc);
        }
        // midnight in New York: January 1
        clock.setInstant(Instant.parse("2027-01-01T05:00:00Z"));
        reminders.sendDue();
        assertEquals(1, mailsTo(email, "Your membership ends on January 31, 2027"));
        Invoice renewal = lifecycle.renew(accountId);
        assertTrue(renewal.getNumber().startsWith("INV-2027-"), renewal.getNumber());

        // the last paid day lasts until midnight in New York, then grace
        clock.setInstant(Instant.parse("2027-02-01T04:00:00Z"));
        assertEquals(MembershipStatus.ACTIVE, gate.statusOn(accountId, calendar.today()));
        clock.setInstant(Instant.parse("2027-02-01T05:00:00Z"));
        assertEquals(MembershipStatus.GRACE, gate.statusOn(accountId, calendar.today()));

        // the last day of grace (February 15) lasts until midnight in New York, then the lapse notice
        clock.setInstant(Instant.parse("2027-02-16T04:00:00Z"));
        assertTrue(gate.isInGoodStandingToday(accountId));
        reminders.sendDue();
        assertEquals(0, mailsTo(email, "Your membership has lapsed"));
        clock.setInstant(Instant.parse("2027-02-16T05:00:00Z"));
        assertFalse(gate.isInGoodStandingToday(accountId));
        reminders.sendDue();
        assertEquals(1, mailsTo(email, "Your membership has lapsed"));

        // someone joining at 9:00 PM on December 31 in New York: the invoice is of that day and year,
        // and a payment dated January 1 is still in the future
        clock.setInstant(Instant.parse("2027-01-01T02:00:00Z"));
        long lateJoiner = person(PositionType.STUDENT, 40_000);
        lifecycle.join(lateJoiner, "STUDENT");
        Invoice invoice = onlyOpenInvoice(lateJoiner);
        assertTrue(invoice.getNumber().startsWith("INV-2026-"), invoice.getNumber());
        assertEquals(LocalDate.parse("2026-12-31"), invoice.period().start());
        InvalidInputException future = assertThrows(InvalidInputException.class,
                () -> payments.record(invoice.getId(), payment("50.00", "2027-01-01"), null));
        assertTrue(future.problems().containsKey("receivedOn"));
        payments.record(invoice.getId(), payment("50.00", "2026-12-31"), null);
        assertTrue(gate.isInGoodStandingToday(lateJoiner));
    }

    @Test
    void anOpenInvoiceKeepsItsAmountAfterANewDuesScheduleStarts() throws Exception {
        clock.setDay(LocalDate.parse("2040-12-20"));
        long accountId = person(PositionType.STUDENT, 40_000);
        lifecycle.join(accountId, "STUDENT");
        Invoice open = onlyOpenInvoice(accountId);
        Money issuedFor = open.totalDue();

        // a schedule of this class only, removed at the end so other classes see the schedules they expect
        List<Long> openEnded = read(() -> em.createQuery("SELECT s.id FROM DuesSchedule s WHERE s.effectiveTo IS NULL", Long.class)
                .getResultList());
        Long added = null;
        try {
            transaction.begin();
            for (Long id : openEnded) {
                em.find(DuesSchedule.class, id).endOn(LocalDate.parse("2040-12-31"));
            }
            DuesSchedule dearer = new DuesSchedule("MembershipIT dues 2041", LocalDate.parse("2041-01-01"), null, "USD",
                    clock.instant());
            for (MembershipCategory category : em.createNamedQuery(MembershipCategory.ALL, MembershipCategory.class).getResultList()) {
                dearer.setRate(category, new BigDecimal("999.00"));
            }
            em.persist(dearer);
            transaction.commit();
            added = dearer.getId();

            clock.setDay(LocalDate.parse("2041-01-05"));
            long newcomer = person(PositionType.STUDENT, 40_000);
            lifecycle.join(newcomer, "STUDENT");
            assertEquals(Money.of("999.00", "USD"), onlyOpenInvoice(newcomer).totalDue(), "the new schedule is in force");

            assertEquals(issuedFor, onlyOpenInvoice(accountId).totalDue(), "the open invoice keeps its amount");
            InvalidInputException newPrice = assertThrows(InvalidInputException.class,
                    () -> payments.record(open.getId(), payment("999.00", "2041-01-05"), null));
            assertTrue(newPrice.problems().containsKey("amount"));
            payments.record(open.getId(), payment(issuedFor.amount().toPlainString(), "2041-01-05"), null);
            assertTrue(gate.isInGoodStandingToday(accountId));
        } finally {
            Long remove = added;
            transaction.begin();
            if (remove != null) {
                em.remove(em.find(DuesSchedule.class, remove));
            }
            for (Long id : openEnded) {
                em.find(DuesSchedule.class, id).endOn(null);
            }
            transaction.commit();
        }
    }

    @Test
    void tenConcurrentRenewalsIssueOneInvoice() throws Exception {
        clock.setDay(LocalDate.parse("2026-02-01"));
        long accountId = person(PositionType.STUDENT, 40_000);
        lifecycle.join(accountId, "STUDENT");
        payments.record(onlyOpenInvoice(accountId).getId(), payment("50.00", "2026-02-01"), null);
        clock.setDay(LocalDate.parse("2027-01-05"));

        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            outcomes.add(executor.submit(() -> {
                start.await();
                try {
                    lifecycle.renew(accountId);
                    return "issued";
                } catch (InvalidInputException refused) {
                    return refused.getMessage();
                }
            }));
        }
        start.countDown();
        int issued = 0;
        for (Future<String> outcome : outcomes) {
            String result = outcome.get();
            if ("issued".equals(result)) {
                issued++;
            } else {
                assertEquals(Invoicing.ALREADY_OPEN, result);
            }
        }
        assertEquals(1, issued);
        assertEquals(1, openInvoices(accountId).size());

        // the key itself, without the service's friendly check in front of it
        transaction.begin();
        try {
            Membership membership = gate.membershipOf(accountId).orElseThrow();
            DuesQuote quote = invoicing.quote(membership.getAccount(), membership.getCategory(),
                    new MembershipPeriod(LocalDate.parse("2028-02-01"), LocalDate.parse("2029-01-31")));
            InvalidInputException second = assertThrows(InvalidInputException.class,
                    () -> invoicing.issue(membership, InvoicePurpose.RENEWAL, quote));
            assertEquals(Invoicing.ALREADY_OPEN, second.problems().get("renewal"));
        } finally {
            transaction.rollback();
        }
        assertEquals(1, openInvoices(accountId).size());

        // once paid, the key is free for the next one
        Invoice renewal = onlyOpenInvoice(accountId);
        payments.record(renewal.getId(), payment("50.00", "2027-01-05"), null);
        clock.setDay(LocalDate.parse("2028-01-05"));
        assertEquals(new MembershipPeriod(LocalDate.parse("2028-02-01"), LocalDate.parse("2029-01-31")), lifecycle.renew(accountId).period());
    }

    @Test
    void administrationRefusesCallersWithoutTheAdminRole() {
        assertThrows(EJBAccessException.class, () -> administration.awaitingApproval());
        assertThrows(EJBAccessException.class, () -> administration.recordPayment(1L, payment("1.00", "2026-01-01")));
    }

    // ---- helpers

    private long membersOnlyEvent(ZoneId zone, java.time.LocalDateTime localStart) throws Exception {
        Instant startsAt = localStart.atZone(zone).toInstant();
        transaction.begin();
        Event event = new Event(EventKind.WEBINAR, "Members' briefing in " + zone.getId(), "For members in good standing.", "A. Rivera",
                startsAt, zone, Duration.ofMinutes(60), Audience.MEMBERS_ONLY, 50,
                new RegistrationWindow(clock.instant().minus(Duration.ofDays(7)), startsAt.minus(Duration.ofMinutes(30))), clock.instant());
        em.persist(event);
        transaction.commit();
        return event.getId();
    }

    private long person(PositionType position, int population) {
        SignUp signUp = new SignUp();
        signUp.setEmail("member-" + UUID.randomUUID().toString().substring(0, 8) + "@city.example.org");
        signUp.setPassword("long enough passphrase");
        signUp.setFullName("Robin Avery");
        signUp.setPositionTitle("Analyst");
        signUp.setPositionType(position);
        signUp.getJurisdiction().setName("City of Fairview");
        signUp.getJurisdiction().setRegion("OH");
        signUp.getJurisdiction().setCountry("US");
        signUp.getJurisdiction().setPopulation(population);
        Account account = seeding.createConfirmed(signUp, EnumSet.of(Role.MEMBER));
        return account.getId();
    }

    private <T> T read(Callable<T> query) throws Exception {
        return Transactions.read(transaction, query);
    }

    private List<Invoice> openInvoices(long accountId) throws Exception {
        return read(() -> em.createQuery("SELECT i FROM Invoice i WHERE i.membership.account.id = :id AND i.status = :open",
                        Invoice.class)
                .setParameter("id", accountId)
                .setParameter("open", InvoiceStatus.OPEN)
                .getResultList());
    }

    private Invoice onlyOpenInvoice(long accountId) throws Exception {
        List<Invoice> open = openInvoices(accountId);
        assertEquals(1, open.size());
        return open.get(0);
    }

    private String email(long accountId) throws Exception {
        return read(() -> em.find(Account.class, accountId).getEmail());
    }

    private long mailsTo(String email, String subjectStart) throws Exception {
        return read(() -> em.createQuery("SELECT COUNT(m) FROM OutboundMail m WHERE m.recipient = :to AND m.subject LIKE :subject",
                        Long.class)
                .setParameter("to", email)
                .setParameter("subject", subjectStart + "%")
                .getSingleResult());
    }

    private long paymentCount(long invoiceId) throws Exception {
        return read(() -> em.createNamedQuery(Payment.COUNT_OF_INVOICE, Long.class).setParameter("invoiceId", invoiceId)
                .getSingleResult());
    }

    private static PaymentDetails payment(String amount, String receivedOn) {
        return payment(amount, receivedOn, "CHK-1001");
    }

    private static PaymentDetails payment(String amount, String receivedOn, String reference) {
        PaymentDetails details = new PaymentDetails();
        details.setAmount(new BigDecimal(amount));
        details.setMethod(PaymentMethod.CHECK);
        details.setReference(reference);
        details.setReceivedOn(LocalDate.parse(receivedOn));
        return details;
    }
}
