package org.civicportal.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicportal.account.Account;
import org.civicportal.account.Role;
import org.civicportal.decision.ChangedMeanwhile;
import org.civicportal.shared.InvalidInputException;
import org.civicportal.shared.servicearea.ServiceAreas;
import org.civicportal.testing.HttpLogIn;
import org.civicportal.testing.MovableClock;
import org.civicportal.testing.PortalDeployment;
import org.civicportal.testing.TestPeople;
import org.civicportal.testing.Transactions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Providers inside the portal against MariaDB: an application checked in one pass (nothing saved
 * when anything is wrong), vetting with the checklist, the PROVIDER role following the decisions,
 * a decline's reason mailed to the applicant (read from a GreenMail server), two administrators
 * deciding at once, and colleagues invited, joining once by their own link, and removed.
 * <p>
 * The {@code refuses…} tests try every step that names an organisation's user, invitation or
 * organisation as someone it is not theirs to take: another provider, a plain member and an
 * anonymous visitor, at the doors and workers and over HTTP. Every one is refused and changes
 * nothing; another's id answers "not found". They share {@link #twoProvidersAndAMember()}.
 */
@ExtendWith(ArquillianExtension.class)
class ProviderIT {

    private static final Instant MONDAY_NOON = Instant.parse("2027-03-01T17:00:00Z");
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
    private static final String PASSWORD = RequestHttp.PASSWORD;

    @Deployment
    static WebArchive deployment() {
        // GreenMail runs inside the server for the test that reads a mail: its jar (and the logging API it needs) go with the war
        return PortalDeployment.war().addClasses(ProviderIT.class, ProviderForms.class, RequestHttp.class, HttpLogIn.class, MovableClock.class, Transactions.class,
                        TestPeople.class)
                .addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.LoggerFactory.class));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Inject
    HttpServletRequest runnerRequest;

    @Inject
    MovableClock clock;

    @Inject
    TestPeople people;

    @Inject
    ServiceAreas areas;

    @Inject
    ProviderApplications applications;

    @Inject
    ProviderVetting vetting;

    @Inject
    ProviderTeam team;

    @Inject
    ProviderService service;

    @Inject
    ProviderAdministration administration;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Resource
    ManagedExecutorService executor;

    private long administrator;
    private long otherAdministrator;

    // the refuses… tests' cast, made by twoProvidersAndAMember(): A's organisation (mine) with an
    // invitation open, B's organisation (theirs), and a member acting for none
    private String aEmail;
    private String bEmail;
    private String memberEmail;
    private long a;
    private long b;
    private long member;
    private ProviderOrganisation mine;
    private ProviderOrganisation theirs;
    private long aUser;
    private String aInvitationToken;

    @BeforeEach
    void administrators() {
        clock.setInstant(MONDAY_NOON);
        administrator = people.person("Ada Admin", Set.of(Role.ADMIN, Role.MEMBER), false);
        otherAdministrator = people.person("Otto Admin", Set.of(Role.ADMIN, Role.MEMBER), false);
    }

    @Test
    void aBadApplicationSavesNothingAndNamesEveryFieldInOnePass() throws Exception {
        long applicant = people.person("Pat Applicant", Set.of(Role.MEMBER), false);
        OrganisationForm form = ProviderForms.valid(areas, " ");
        form.setWebsite("www.example.org");
        form.setContactEmail("not an address");
        form.setDescription("x".repeat(1_000_000));
        form.setServiceAreaIds(List.of());
        form.setPartnershipKinds(EnumSet.noneOf(org.civicportal.content.PartnerType.class));
        form.setRegions(List.of(new RegionChoice("US", "Oregon"), new RegionChoice()));
        form.setReferences(List.of(new ProviderReference(), new ProviderReference("City of Alder", "", ""), new ProviderReference()));

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> applications.apply(form, applicant));
        assertEquals("Enter the organisation's name.", refused.problems().get("name"));
        assertEquals("Enter the web address in full, like https://www.example.org.", refused.problems().get("website"));
        assertEquals("Use at most 4,000 characters.", refused.problems().get("description"));
        assertTrue(refused.problems().containsKey("contactEmail"), refused.problems().toString());
        assertEquals("Choose at least one service area you work in.", refused.problems().get("serviceAreaIds"));
        assertEquals("Choose at least one kind of partnership you support.", refused.problems().get("partnershipKinds"));
        assertTrue(refused.problems().get("regions[0].code").startsWith("Enter the state or province code"), refused.problems().toString());
        assertEquals("Name the person to ask there.", refused.problems().get("references[1].contactName"));
        assertTrue(refused.problems().containsKey("references[1].contactDetails"), refused.problems().toString());
        assertTrue(refused.problems().get("references").startsWith("Give at least 2 local governments"), refused.problems().toString());
        assertEquals(0L, count("SELECT COUNT(o) FROM ProviderOrganisation o WHERE o.appliedBy = " + applicant));
        assertEquals(0L, count("SELECT COUNT(u) FROM ProviderUser u WHERE u.accountId = " + applicant));
        assertEquals(0L, count("SELECT COUNT(m) FROM OutboundMail m WHERE m.subject LIKE 'We received%' AND m.recipient = '"
                + email(applicant) + "'"));
    }

    @Test
    void anApplicationMakesTheApplicantItsFirstUserAndTellsThemAndTheAdministrators() throws Exception {
        // administrators hear of a few applications an hour: an hour of its own, away from the other tests' applications
        clock.setInstant(Instant.now().plus(Duration.ofDays(3650)));
        long applicant = people.person("Pat Applicant", Set.of(Role.MEMBER), false);
        String name = "Alder Valley Consulting " + unique();
        ProviderOrganisation organisation = applications.apply(ProviderForms.valid(areas, name), applicant);

        assertEquals(ProviderStatus.APPLIED, organisation.getStatus());
        assertTrue(organisation.getSlug().startsWith("alder-valley-consulting-"), organisation.getSlug());
        ProviderOrganisation stored = read(() -> ProviderApplications.loaded(em.find(ProviderOrganisation.class, organisation.getId())));
        assertEquals(Set.of("US-OR", "CA"), stored.getRegions());
        assertEquals(2, stored.getReferences().size());
        assertEquals("casey@example.org", stored.getContactEmail());
        assertEquals(organisation.getId(), applications.userOf(applicant).orElseThrow().getOrganisation().getId());
        assertEquals(1L, count("SELECT COUNT(m) FROM OutboundMail m WHERE m.subject = 'We received the application of " + name
                + "' AND m.recipient = '" + email(applicant) + "'"));
        assertEquals(1L, count("SELECT COUNT(m) FROM OutboundMail m WHERE m.subject = 'A provider applied: " + name
                + "' AND m.recipient = '" + email(administrator) + "'"));
        assertFalse(hasRole(applicant, Role.PROVIDER), "no role before approval");

        InvalidInputException again = assertThrows(InvalidInputException.class,
                () -> applications.apply(ProviderForms.valid(areas, "Another " + unique()), applicant));
        assertTrue(again.problems().get("form").startsWith("You act for " + name + " already"), again.problems().toString());
        long someoneElse = people.person("Sam Else", Set.of(Role.MEMBER), false);
        InvalidInputException sameName = assertThrows(InvalidInputException.class,
                () -> applications.apply(ProviderForms.valid(areas, name.toUpperCase()), someoneElse));
        assertTrue(sameName.problems().get("name").startsWith("An organisation of this name has applied already"));
    }

    @Test
    void approvalNeedsEveryCheckAndGivesEveryUserTheProviderRole() throws Exception {
        long applicant = people.person("Pat Applicant", Set.of(Role.MEMBER), false);
        ProviderOrganisation organisation = applications.apply(ProviderForms.valid(areas, "Birch Partners " + unique()), applicant);

        InvalidInputException unticked = assertThrows(InvalidInputException.class, () -> vetting.approve(organisation.getId(),
                EnumSet.of(VettingCheck.LEGAL_STANDING), organisation.getVersion(), administrator));
        assertTrue(unticked.problems().get("checks").startsWith("Tick every item of the checklist"), unticked.problems().toString());
        assertEquals(ProviderStatus.APPLIED, status(organisation.getId()));

        ProviderOrganisation approved = vetting.approve(organisation.getId(), EnumSet.allOf(VettingCheck.class), organisation.getVersion(), administrator);
        assertEquals(ProviderStatus.APPROVED, approved.getStatus());
        assertEquals(Long.valueOf(administrator), approved.getDecidedBy());
        assertTrue(hasRole(applicant, Role.PROVIDER));
        assertEquals(EnumSet.allOf(VettingCheck.class), read(() -> Set.copyOf(em.find(ProviderOrganisation.class, organisation.getId()).getChecksPassed())));
        assertEquals(1L, count("SELECT COUNT(m) FROM OutboundMail m WHERE m.recipient = '" + email(applicant) + "' AND m.subject LIKE '%is approved'"));
    }

    @Test
    void aDeclineNeedsAReasonWhichTheApplicantReadsInTheirMail() throws Exception {
        String applicantEmail = newEmail("applicant");
        long applicant = people.create(applicantEmail, "Pat Applicant", PASSWORD, Set.of(Role.MEMBER), false);
        ProviderOrganisation organisation = applications.apply(ProviderForms.valid(areas, "Cedar Advisors " + unique()), applicant);

        InvalidInputException silent = assertThrows(InvalidInputException.class,
                () -> vetting.decline(organisation.getId(), "  ", organisation.getVersion(), administrator));
        assertEquals("Give the reason: the organisation is told it.", silent.problems().get("reason"));

        GreenMail smtp = new GreenMail(new ServerSetup(Integer.parseInt(System.getenv("PORTAL_SMTP_PORT")), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            String reason = "Neither of your references could be reached; send two others.";
            vetting.decline(organisation.getId(), reason, organisation.getVersion(), administrator);
            assertEquals(ProviderStatus.DECLINED, status(organisation.getId()));
            MimeMessage mail = awaitMail(smtp, applicantEmail, "About the application of");
            assertTrue(GreenMailUtil.getBody(mail).contains(reason), GreenMailUtil.getBody(mail));
        } finally {
            smtp.stop();
        }
        assertFalse(hasRole(applicant, Role.PROVIDER));
        InvalidInputException twice = assertThrows(InvalidInputException.class, () -> vetting.approve(organisation.getId(),
                EnumSet.allOf(VettingCheck.class), currentVersion(organisation.getId()), administrator));
        assertTrue(twice.problems().get("checks").startsWith("This application is decided already"));
    }

    @Test
    void suspensionTakesTheRoleAwayWithAReasonAndReinstatementGivesItBack() throws Exception {
        long applicant = people.person("Pat Applicant", Set.of(Role.MEMBER), false);
        ProviderOrganisation organisation = applications.apply(ProviderForms.valid(areas, "Dogwood Group " + unique()), applicant);
        long id = organisation.getId();
        InvalidInputException notApproved = assertThrows(InvalidInputException.class,
                () -> vetting.suspend(id, "Complaints.", organisation.getVersion(), administrator));
        assertTrue(notApproved.problems().get("reason").startsWith("Only an approved provider can be suspended"));

        vetting.approve(id, EnumSet.allOf(VettingCheck.class), organisation.getVersion(), administrator);
        assertThrows(InvalidInputException.class, () -> vetting.suspend(id, "", currentVersion(id), administrator));
        ProviderOrganisation suspended = vetting.suspend(id, "Two complaints from member cities are under review.", currentVersion(id), administrator);
        assertEquals(ProviderStatus.SUSPENDED, suspended.getStatus());
        assertEquals("Two complaints from member cities are under review.", suspended.getStatusReason());
        assertFalse(hasRole(applicant, Role.PROVIDER), "a suspended provider's users lose the role");
        assertEquals(1L, count("SELECT COUNT(m) FROM OutboundMail m WHERE m.recipient = '" + email(applicant) + "' AND m.subject LIKE '%is suspended'"));

        ProviderOrganisation reinstated = vetting.reinstate(id, currentVersion(id), administrator);
        assertEquals(ProviderStatus.APPROVED, reinstated.getStatus());
        assertNull(reinstated.getStatusReason());
        assertTrue(hasRole(applicant, Role.PROVIDER));
    }

    @Test
    void ofTwoAdministratorsDecidingAtOnceTheSecondIsToldAndTheFirstDecisionStands() throws Exception {
        long applicant = people.person("Pat Applicant", Set.of(Role.MEMBER), false);
        ProviderOrganisation organisation = applications.apply(ProviderForms.valid(areas, "Elm Street Partners " + unique()), applicant);
        long id = organisation.getId();
        int seen = organisation.getVersion();

        // both pressed their button on the page they opened at the same version, at the same moment
        CountDownLatch start = new CountDownLatch(1);
        Future<Object> approve = executor.submit(() -> {
            start.await();
            return vetting.approve(id, EnumSet.allOf(VettingCheck.class), seen, administrator);
        });
        Future<Object> decline = executor.submit(() -> {
            start.await();
            return vetting.decline(id, "Not a fit.", seen, otherAdministrator);
        });
        start.countDown();
        List<Throwable> failures = new ArrayList<>();
        for (Future<Object> decision : List.of(approve, decline)) {
            try {
                decision.get();
            } catch (ExecutionException refused) {
                failures.add(refused.getCause());
            }
        }
        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0) instanceof ChangedMeanwhile, failures.get(0).toString());
        ProviderOrganisation decided = read(() -> em.find(ProviderOrganisation.class, id));
        boolean approvedFirst = decided.getStatus() == ProviderStatus.APPROVED;
        assertEquals(approvedFirst ? null : "Not a fit.", decided.getStatusReason());
        assertEquals(Long.valueOf(approvedFirst ? administrator : otherAdministrator), decided.getDecidedBy());
        assertEquals(approvedFirst, hasRole(applicant, Role.PROVIDER));

        // and the one told, pressing again on the same old page, is told again
        ChangedMeanwhile stale = assertThrows(ChangedMeanwhile.class, () -> vetting.decline(id, "Not a fit.", seen, otherAdministrator));
        assertTrue(stale.getMessage().startsWith("Someone changed this organisation after you opened the page"), stale.getMessage());
    }

    @Test
    void aColleagueIsInvitedJoinsOnceByTheirOwnLinkAndIsRemovedButNeverTheLastUserByTheOrganisation() throws Exception {
        long first = people.person("Fern First", Set.of(Role.MEMBER), false);
        ProviderOrganisation organisation = approvedOrganisation(first, "Fir Works " + unique());
        String colleagueEmail = "colleague-" + unique() + "@firworks.example.org";
        long colleague = people.create(colleagueEmail, "Cole League", PASSWORD, Set.of(Role.MEMBER), false);

        ProviderInvitation invitation = team.invite(first, " " + colleagueEmail.toUpperCase() + " ");
        assertEquals(colleagueEmail, invitation.getEmail());
        assertEquals(MONDAY_NOON.plus(Duration.ofDays(7)), invitation.getExpiresAt());
        String token = mailedToken(colleagueEmail);
        assertEquals(0L, count("SELECT COUNT(i) FROM ProviderInvitation i WHERE i.tokenHash = '" + token + "'"), "only a digest is stored");
        InvalidInputException tooSoon = assertThrows(InvalidInputException.class, () -> team.invite(first, colleagueEmail));
        assertTrue(tooSoon.problems().get("inviteEmail").startsWith("An invitation went to"), tooSoon.problems().toString());

        JoinInvitation shown = team.invitation(token);
        assertEquals(organisation.getName(), shown.getOrganisationName());
        assertTrue(shown.isUsable());
        assertEquals(organisation.getId(), team.accept(token, colleague).getId());
        assertTrue(hasRole(colleague, Role.PROVIDER), "joining an approved provider gives the role");
        assertEquals(List.of("Cole League", "Fern First"), team.members(organisation.getId()).stream().map(TeamMember::getName).toList());
        InvalidInputException used = assertThrows(InvalidInputException.class, () -> team.accept(token, colleague));
        assertTrue(used.problems().get("invitation").startsWith("This invitation has been used already"), used.problems().toString());

        long colleagueUser = applications.userOf(colleague).orElseThrow().getId();
        long firstUser = applications.userOf(first).orElseThrow().getId();
        InvalidInputException self = assertThrows(InvalidInputException.class, () -> team.removeColleague(first, firstUser));
        assertEquals("You cannot remove yourself. Ask a colleague to remove you.", self.problems().get("users"));
        team.removeColleague(first, colleagueUser);
        assertTrue(applications.userOf(colleague).isEmpty());
        assertFalse(hasRole(colleague, Role.PROVIDER), "a removed user loses the role");

        // an administrator may remove even the last user
        team.removeByAdministrator(organisation.getId(), firstUser);
        assertTrue(team.members(organisation.getId()).isEmpty());
        assertFalse(hasRole(first, Role.PROVIDER));
    }

    @Test
    void anExpiredReplacedUnknownOrSomeoneElsesLinkIsRefusedAndNobodyJoins() throws Exception {
        long first = people.person("Fern First", Set.of(Role.MEMBER), false);
        ProviderOrganisation organisation = approvedOrganisation(first, "Ginkgo Group " + unique());
        String inviteeEmail = "invitee-" + unique() + "@ginkgo.example.org";
        long invitee = people.create(inviteeEmail, "Ivy Invitee", PASSWORD, Set.of(Role.MEMBER), false);
        long stranger = people.person("Stan Stranger", Set.of(Role.MEMBER), false);

        team.invite(first, inviteeEmail);
        String firstToken = mailedToken(inviteeEmail);
        InvalidInputException wrongPerson = assertThrows(InvalidInputException.class, () -> team.accept(firstToken, stranger));
        assertTrue(wrongPerson.problems().get("invitation").startsWith("This invitation was sent to another address"));

        clock.advance(Duration.ofMinutes(11));
        team.invite(first, inviteeEmail);
        String newerToken = mailedToken(inviteeEmail);
        InvalidInputException replaced = assertThrows(InvalidInputException.class, () -> team.accept(firstToken, invitee));
        assertTrue(replaced.problems().get("invitation").startsWith("A newer invitation replaced this one"));

        clock.advance(Duration.ofDays(7));
        InvalidInputException expired = assertThrows(InvalidInputException.class, () -> team.accept(newerToken, invitee));
        assertTrue(expired.problems().get("invitation").startsWith("This invitation has expired"));
        assertFalse(team.invitation(newerToken).isUsable());

        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> team.accept("x".repeat(43), invitee));
        assertTrue(unknown.problems().get("invitation").startsWith("This invitation link is not valid"));
        assertThrows(InvalidInputException.class, () -> team.accept("x".repeat(100_000), invitee));
        assertThrows(InvalidInputException.class, () -> team.accept(null, invitee));

        assertTrue(applications.userOf(invitee).isEmpty());
        assertTrue(applications.userOf(stranger).isEmpty());
        assertEquals(1, team.members(organisation.getId()).size());
    }

    @Test
    void anOrganisationSendsALimitedNumberOfInvitationsADay() throws Exception {
        long first = people.person("Fern First", Set.of(Role.MEMBER), false);
        approvedOrganisation(first, "Hazel Hub " + unique());
        for (int i = 0; i < ProviderTeam.MAX_INVITATIONS_PER_WINDOW; i++) {
            team.invite(first, "invitee-" + i + "-" + unique() + "@hazel.example.org");
        }
        InvalidInputException limit = assertThrows(InvalidInputException.class, () -> team.invite(first, "one-more-" + unique() + "@hazel.example.org"));
        assertTrue(limit.problems().get("inviteEmail").contains("invitations in the last 24 hours"), limit.problems().toString());
        clock.advance(Duration.ofHours(25));
        team.invite(first, "next-day-" + unique() + "@hazel.example.org");
    }

    @Test
    void aProfileSavedOverANewerOneIsRefusedAndNothingOfItIsSaved() throws Exception {
        long first = people.person("Fern First", Set.of(Role.MEMBER), false);
        ProviderOrganisation organisation = approvedOrganisation(first, "Juniper Co " + unique());
        int seen = currentVersion(organisation.getId());
        OrganisationForm edit = OrganisationForm.of(read(() -> ProviderApplications.loaded(em.find(ProviderOrganisation.class, organisation.getId()))));
        edit.setRegions(List.of(new RegionChoice("US", "WA")));
        applications.updateProfile(first, edit, seen);
        assertEquals(Set.of("US-WA"), read(() -> Set.copyOf(em.find(ProviderOrganisation.class, organisation.getId()).getRegions())));
        assertEquals(ProviderStatus.APPROVED, status(organisation.getId()), "a profile edit keeps the status");

        OrganisationForm older = OrganisationForm.of(read(() -> ProviderApplications.loaded(em.find(ProviderOrganisation.class, organisation.getId()))));
        older.setDescription("An older text.");
        assertThrows(ChangedMeanwhile.class, () -> applications.updateProfile(first, older, seen));
        assertFalse("An older text.".equals(read(() -> em.find(ProviderOrganisation.class, organisation.getId()).getDescription())));
    }

    // ---- refused: every step on an organisation, a user or an invitation that is not the caller's

    /** The cast of the refuses… tests: two approved providers (A's with an invitation open) and a member. */
    private void twoProvidersAndAMember() throws Exception {
        aEmail = newEmail("a");
        bEmail = newEmail("b");
        memberEmail = newEmail("member");
        a = people.create(aEmail, "Alex Alpha", PASSWORD, Set.of(Role.MEMBER), false);
        b = people.create(bEmail, "Blair Beta", PASSWORD, Set.of(Role.MEMBER), false);
        member = people.create(memberEmail, "Morgan Member", PASSWORD, Set.of(Role.MEMBER), false);
        mine = approvedOrganisation(a, "Alpha Advisors " + unique());
        theirs = approvedOrganisation(b, "Beta Builders " + unique());
        aUser = applications.userOf(a).orElseThrow().getId();
        String inviteeEmail = newEmail("invitee");
        team.invite(a, inviteeEmail);
        aInvitationToken = mailedToken(inviteeEmail);
    }

    @Test
    void refusesAnonymousCallersEveryStepAtTheDoors() throws Exception {
        twoProvidersAndAMember();
        OrganisationForm form = ProviderForms.valid(areas, "Anonymous " + UUID.randomUUID());
        long id = mine.getId();
        Map<String, Executable> steps = new LinkedHashMap<>();
        steps.put("myOrganisation", service::myOrganisation);
        steps.put("myOrganisationSummary", service::myOrganisationSummary);
        steps.put("apply", () -> service.apply(form));
        steps.put("updateProfile", () -> service.updateProfile(form, 0));
        steps.put("myColleagues", service::myColleagues);
        steps.put("myOpenInvitations", service::myOpenInvitations);
        steps.put("invite", () -> service.invite("x@example.org"));
        steps.put("removeColleague", () -> service.removeColleague(aUser));
        steps.put("invitation", () -> service.invitation(aInvitationToken));
        steps.put("accept", () -> service.accept(aInvitationToken));
        steps.put("admin withStatus", () -> administration.withStatus(ProviderStatus.APPLIED));
        steps.put("admin countsByStatus", administration::countsByStatus);
        steps.put("admin countWaiting", administration::countWaiting);
        steps.put("admin find", () -> administration.find(id));
        steps.put("admin users", () -> administration.users(id));
        steps.put("admin openInvitations", () -> administration.openInvitations(id));
        steps.put("admin approve", () -> administration.approve(id, EnumSet.allOf(VettingCheck.class), 0));
        steps.put("admin decline", () -> administration.decline(id, "No.", 0));
        steps.put("admin suspend", () -> administration.suspend(id, "No.", 0));
        steps.put("admin reinstate", () -> administration.reinstate(id, 0));
        steps.put("admin removeUser", () -> administration.removeUser(id, aUser));
        steps.forEach((name, step) -> assertThrows(EJBAccessException.class, step, name));
    }

    @Test
    void refusesAnotherProviderEveryStepOnAnotherOrganisationWhateverIdItGives() throws Exception {
        twoProvidersAndAMember();
        InvalidInputException removal = assertThrows(InvalidInputException.class, () -> team.removeColleague(b, aUser));
        assertEquals("This user is not found in the organisation.", removal.problems().get("users"));
        InvalidInputException adminPath = assertThrows(InvalidInputException.class, () -> team.removeByAdministrator(theirs.getId(), aUser));
        assertEquals("This user is not found in the organisation.", adminPath.problems().get("users"));

        // every step of theirs acts on their own organisation, whichever they meant
        assertEquals(theirs.getId(), applications.organisationOf(b).orElseThrow().getId());
        assertEquals(theirs.getId(), team.invite(b, newEmail("their-invitee")).getOrganisation().getId());
        OrganisationForm takeOver = OrganisationForm.of(read(() -> ProviderApplications.loaded(em.find(ProviderOrganisation.class, mine.getId()))));
        takeOver.setName("Taken over " + UUID.randomUUID());
        // a profile sent with the other organisation's details saves only their own organisation's
        int theirVersion = read(() -> em.find(ProviderOrganisation.class, theirs.getId()).getVersion());
        assertEquals(theirs.getId(), applications.updateProfile(b, takeOver, theirVersion).getId());

        InvalidInputException notTheirs = assertThrows(InvalidInputException.class, () -> team.accept(aInvitationToken, b));
        assertTrue(notTheirs.problems().get("invitation").startsWith("This invitation was sent to another address"));
        assertUnchanged();
    }

    @Test
    void refusesAMemberWhoActsForNoOrganisationEveryStep() throws Exception {
        twoProvidersAndAMember();
        OrganisationForm form = ProviderForms.valid(areas, "Member " + UUID.randomUUID());
        for (Executable step : List.<Executable>of(() -> team.removeColleague(member, aUser), () -> team.invite(member, "x@example.org"),
                () -> applications.updateProfile(member, form, mine.getVersion()))) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, step);
            assertEquals("You do not act for a provider organisation.", refused.problems().get("organisation"));
        }
        assertTrue(applications.organisationOf(member).isEmpty());
        assertThrows(InvalidInputException.class, () -> team.accept(aInvitationToken, member));
        assertUnchanged();
    }

    @Test
    void refusesOthersTheAdministratorsPagesAndAnotherOrganisationOverHttp() throws Exception {
        twoProvidersAndAMember();
        RequestHttp web = new RequestHttp(base());
        String bSession = web.logIn(bEmail);
        String memberSession = web.logIn(memberEmail);
        for (String adminPage : List.of("admin/marketplace/providers.xhtml", "admin/marketplace/provider.xhtml?id=" + mine.getId())) {
            assertEquals(403, web.get(adminPage, bSession).statusCode(), adminPage + " as another provider");
            assertEquals(403, web.get(adminPage, memberSession).statusCode(), adminPage + " as a member");
            assertTrue(isLogInRedirect(web.get(adminPage, null)), adminPage + " anonymously");
        }
        // each of the administrators' steps, posted by a provider, a member or anonymously: refused before any Faces step
        String adminPage = "admin/marketplace/provider.xhtml?id=" + mine.getId();
        for (Map<String, String> step : List.of(Map.of("approve", "approve", "approve:approve", ""),
                Map.of("decline", "decline", "decline:reason", "No", "decline:decline", ""),
                Map.of("suspend", "suspend", "suspend:reason", "No", "suspend:suspend", ""),
                Map.of("reinstate", "reinstate", "reinstate:reinstate", ""),
                Map.of("users", "users", "users:userList:0:remove", ""))) {
            Map<String, String> form = new LinkedHashMap<>(step);
            form.put("jakarta.faces.ViewState", "x");
            assertEquals(403, web.post(adminPage, form, bSession).statusCode(), step + " as another provider");
            assertEquals(403, web.post(adminPage, form, memberSession).statusCode(), step + " as a member");
            assertTrue(isLogInRedirect(web.post(adminPage, form, null)), step + " anonymously");
        }

        // the organisation page shows the caller's own organisation, whatever the address says
        HttpResponse<String> own = web.get("provider/organisation.xhtml?id=" + mine.getId(), bSession);
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains(theirs.getName()));
        assertFalse(own.body().contains(mine.getName()) || own.body().contains(aEmail), "nothing of the other organisation");
        HttpResponse<String> none = web.get("provider/organisation.xhtml?id=" + mine.getId(), memberSession);
        assertTrue(none.body().contains("You do not act for a provider organisation."));
        assertFalse(none.body().contains(mine.getName()));
        for (String page : List.of("provider/organisation.xhtml", "provider/apply.xhtml", "provider/join.xhtml?token=" + aInvitationToken)) {
            assertTrue(isLogInRedirect(web.get(page, null)), page + " anonymously");
        }
        assertTrue(isLogInRedirect(web.post("provider/organisation.xhtml", Map.of("users", "users", "jakarta.faces.ViewState", "x"), null)));

        // another's invitation, opened and accepted by someone logged in with another address
        String join = "provider/join.xhtml?token=" + aInvitationToken;
        HttpResponse<String> accepted = web.submit(join, join, "join", "accept", Map.of(), bSession);
        assertTrue(accepted.body().contains("This invitation was sent to another address"), accepted.body());
        assertUnchanged();
    }

    // ---- helpers

    private ProviderOrganisation approvedOrganisation(long applicant, String name) throws Exception {
        ProviderOrganisation organisation = applications.apply(ProviderForms.valid(areas, name), applicant);
        return vetting.approve(organisation.getId(), EnumSet.allOf(VettingCheck.class), organisation.getVersion(), administrator);
    }

    private String mailedToken(String recipient) throws Exception {
        String body = read(() -> em.createQuery("SELECT m.body FROM OutboundMail m WHERE m.recipient = :r ORDER BY m.id DESC", String.class)
                .setParameter("r", recipient).setMaxResults(1).getSingleResult());
        Matcher matcher = TOKEN.matcher(body);
        assertTrue(matcher.find(), body);
        return matcher.group(1);
    }

    /** Nothing of the first organisation changed, and B and the member joined nothing of it. */
    private void assertUnchanged() throws Exception {
        assertEquals(List.of(a), team.members(mine.getId()).stream().map(TeamMember::getAccountId).toList());
        assertEquals(mine.getName(), read(() -> em.find(ProviderOrganisation.class, mine.getId()).getName()));
        assertEquals(theirs.getId(), applications.userOf(b).orElseThrow().getOrganisation().getId());
        assertTrue(applications.userOf(member).isEmpty());
        assertTrue(team.invitation(aInvitationToken).isUsable(), "the invitation is still open for its invitee");
    }

    private static MimeMessage awaitMail(GreenMail smtp, String recipient, String subjectStart) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (message.getSubject().startsWith(subjectStart)
                        && message.getRecipients(Message.RecipientType.TO)[0].toString().equalsIgnoreCase(recipient)) {
                    return message;
                }
            }
            smtp.waitForIncomingEmail(1000, smtp.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No mail \"" + subjectStart + "\" reached " + recipient);
    }

    private boolean hasRole(long accountId, Role role) throws Exception {
        return read(() -> {
            Account account = em.find(Account.class, accountId);
            em.refresh(account);
            return account.hasRole(role);
        });
    }

    private ProviderStatus status(long organisationId) throws Exception {
        return read(() -> em.find(ProviderOrganisation.class, organisationId).getStatus());
    }

    private int currentVersion(long organisationId) throws Exception {
        return read(() -> {
            ProviderOrganisation organisation = em.find(ProviderOrganisation.class, organisationId);
            em.refresh(organisation);
            return organisation.getVersion();
        });
    }

    private String email(long accountId) throws Exception {
        return read(() -> em.find(Account.class, accountId).getEmail());
    }

    private long count(String jpql) throws Exception {
        return read(() -> em.createQuery(jpql, Long.class).getSingleResult());
    }

    private static boolean isLogInRedirect(HttpResponse<String> answer) {
        return answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("").contains("/login.xhtml");
    }

    private String base() {
        return "http://127.0.0.1:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath() + "/";
    }

    private <T> T read(Callable<T> query) throws Exception {
        return Transactions.read(transaction, query);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String newEmail(String who) {
        return who + "-" + unique() + "@town.example.org";
    }
}
