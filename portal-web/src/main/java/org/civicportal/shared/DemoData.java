package org.civicportal.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.civicportal.account.AccountSeeding;
import org.civicportal.account.PositionType;
import org.civicportal.account.Role;
import org.civicportal.account.SignUp;
import org.civicportal.events.Audience;
import org.civicportal.events.Event;
import org.civicportal.events.EventKind;
import org.civicportal.events.EventSeeding;
import org.civicportal.events.RegistrationWindow;
import org.civicportal.membership.Invoice;
import org.civicportal.membership.InvoiceStatus;
import org.civicportal.membership.Invoicing;
import org.civicportal.membership.Membership;
import org.civicportal.membership.MembershipLifecycle;
import org.civicportal.membership.PaymentDetails;
import org.civicportal.membership.PaymentMethod;
import org.civicportal.membership.PaymentRecorder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Plausible demonstration content for a first look at the portal: members from local
 * governments of different sizes and positions. Loaded once; their password is random and
 * unknown, so they exist to be found and managed, not to log in with.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private record DemoMember(String name, String title, PositionType type, String jurisdiction, String region,
                              String country, int population, Role extraRole) {
    }

    private static final DemoMember[] MEMBERS = {
        new DemoMember("Maria Alvarez", "City Manager", PositionType.CAO, "City of Riverbend", "OR", "US", 8_400, null),
        new DemoMember("James Whitfield", "County Administrator", PositionType.CAO, "Hollis County", "NC", "US", 61_200, null),
        new DemoMember("Aisha Okafor", "Assistant City Manager", PositionType.ACAO, "City of Lakemont", "MN", "US", 23_900, null),
        new DemoMember("Daniel Brooks", "Town Administrator", PositionType.CAO, "Town of Pine Hollow", "VT", "US", 2_150, null),
        new DemoMember("Sophie Tremblay", "Directrice générale", PositionType.CAO, "Ville de Saint-Laurent-des-Eaux", "QC", "CA", 14_300, null),
        new DemoMember("Kevin Nguyen", "Budget Analyst", PositionType.LOCAL_GOVERNMENT_STAFF, "City of Harbor Point", "CA", "US", 112_000, null),
        new DemoMember("Priya Raman", "MPA Student", PositionType.STUDENT, "City of Eastfield", "TX", "US", 48_700, null),
        new DemoMember("Thomas Keller", "Deputy County Manager", PositionType.ACAO, "Marlow County", "VA", "US", 35_600, null),
        new DemoMember("Grace Mensah", "Research Editor", PositionType.OTHER, "Association headquarters", "DC", "US", 1, Role.EDITOR),
        new DemoMember("Luis Romero", "Partner, Civic Shared Services LLC", PositionType.OTHER, "City of Harbor Point", "CA", "US", 112_000, Role.PROVIDER),
        new DemoMember("Hannah Berg", "Village Manager", PositionType.CAO, "Village of Oak Ridge", "IL", "US", 9_950, null),
        new DemoMember("Samuel Achterberg", "Public Works Director", PositionType.LOCAL_GOVERNMENT_STAFF, "City of Lakemont", "MN", "US", 23_900, null),
    };

    @Inject
    AccountSeeding seeding;

    @Inject
    EventSeeding events;

    @Inject
    Clock clock;

    @Inject
    CivilCalendar calendar;

    @Inject
    MembershipLifecycle lifecycle;

    @Inject
    Invoicing invoicing;

    @Inject
    PaymentRecorder payments;

    /**
     * Gives the first administrator a paid Affiliate membership, so that the demonstration shows
     * member-only features (the decision-matrix tool, members-only webinars) right away.
     */
    public void complimentaryMembership(long administratorId) {
        Membership membership = lifecycle.join(administratorId, "AFFILIATE");
        Invoice invoice = invoicing.of(membership).stream().filter(i -> i.getStatus() == InvoiceStatus.OPEN).findFirst().orElseThrow();
        PaymentDetails paid = new PaymentDetails();
        paid.setAmount(invoice.totalDue().amount());
        paid.setMethod(PaymentMethod.CHECK);
        paid.setReference("DEMONSTRATION");
        paid.setReceivedOn(calendar.today());
        payments.record(invoice.getId(), paid, null);
        LOG.info("Demonstration data: the administrator has a paid Affiliate membership");
    }

    /** Adds the demonstration members that are not there yet. */
    public void loadOnce() {
        int added = 0;
        for (DemoMember member : MEMBERS) {
            String email = member.name().toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^a-z ]", "").replace(' ', '.') + "@demo.civicportal.example";
            if (seeding.exists(email)) {
                continue;
            }
            SignUp signUp = new SignUp();
            signUp.setEmail(email);
            signUp.setFullName(member.name());
            signUp.setPositionTitle(member.title());
            signUp.setPositionType(member.type());
            signUp.getJurisdiction().setName(member.jurisdiction());
            signUp.getJurisdiction().setRegion(member.region());
            signUp.getJurisdiction().setCountry(member.country());
            signUp.getJurisdiction().setPopulation(member.population());
            EnumSet<Role> roles = EnumSet.of(Role.MEMBER);
            if (member.extraRole() != null) {
                roles.add(member.extraRole());
            }
            seeding.createWithUnknownPassword(signUp, roles);
            added++;
        }
        int count = added;
        if (count > 0) {
            LOG.info(() -> "Demonstration data: " + count + " members added");
        }
    }

    /** Three events from the association's programme: a webinar, a conference session, a past webinar. */
    public void loadEventsOnce() {
        if (events.any()) {
            return;
        }
        ZoneId newYork = ZoneId.of("America/New_York");
        ZoneId denver = ZoneId.of("America/Denver");
        LocalDate today = calendar.today();
        Instant now = clock.instant();

        Instant webinarStart = today.plusDays(21).atTime(14, 0).atZone(newYork).toInstant();
        Event webinar = new Event(EventKind.WEBINAR, "Service Delivery Collaborations: Are They Worth the Effort?",
                "When do shared services, contracts and partnerships pay off for a local government, and when do they"
                + " cost more than they save? Findings from the association's research, with time for questions.",
                "Dr. Alana Reyes, University of Denver; Marcus Hill, Hollis County Administrator", webinarStart, newYork,
                Duration.ofMinutes(75), Audience.MEMBERS_ONLY, 100,
                new RegistrationWindow(now.minus(Duration.ofDays(7)), today.plusDays(20).atTime(17, 0).atZone(newYork).toInstant()), now);
        webinar.joinAt("https://webinar.example.org/civic-portal/collaborations");
        webinar.setTopic("Shared services");
        webinar.setCredits(new java.math.BigDecimal("1.25"));
        events.save(webinar);

        Instant forumStart = today.plusDays(60).atTime(10, 30).atZone(denver).toInstant();
        Event forum = new Event(EventKind.CONFERENCE_SESSION,
                "Collaborative Service Delivery is All Well and Good, But is it Right for Me?",
                "A forum for managers weighing a partnership: bring a service you are considering, leave with the questions"
                + " to put to your council.", "Panel of city and county managers", forumStart, denver, Duration.ofMinutes(90),
                Audience.EVERYONE, 80, new RegistrationWindow(now.minus(Duration.ofDays(1)), forumStart.minus(Duration.ofHours(2))), now);
        forum.holdAt("Annual Conference, Colorado Convention Center, Denver", "Room 204");
        forum.setTopic("Shared services");
        events.save(forum);

        Instant pastStart = today.minusDays(30).atTime(13, 0).atZone(newYork).toInstant();
        Event past = new Event(EventKind.WEBINAR, "Contracting for Fire and EMS: Lessons from Ten Counties",
                "What ten counties learned from contracting fire and emergency medical services.", "Jordan Blake, ICMA fellow",
                pastStart, newYork, Duration.ofMinutes(60), Audience.MEMBERS_ONLY, 100,
                new RegistrationWindow(pastStart.minus(Duration.ofDays(30)), pastStart.minus(Duration.ofDays(1))), now);
        past.setTopic("Public safety");
        past.recordingAt("https://video.civicportal.example/recordings/fire-and-ems-contracting");
        events.save(past);
        LOG.info("Demonstration data: 3 events added");
    }
}
