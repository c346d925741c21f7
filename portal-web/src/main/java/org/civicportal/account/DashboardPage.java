package org.civicportal.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.civicportal.decision.DecisionMatrix;
import org.civicportal.decision.DecisionService;
import org.civicportal.decision.MatrixParticipant;
import org.civicportal.events.Event;
import org.civicportal.events.EventAdministration;
import org.civicportal.events.EventService;
import org.civicportal.events.EventTimes;
import org.civicportal.events.UpcomingRegistration;
import org.civicportal.membership.Invoice;
import org.civicportal.membership.Membership;
import org.civicportal.membership.MembershipAdministration;
import org.civicportal.membership.MembershipNextStep;
import org.civicportal.membership.MembershipPolicy;
import org.civicportal.membership.MembershipService;
import org.civicportal.membership.MembershipStatus;
import org.civicportal.membership.WaitingWork;
import org.civicportal.shared.CivilCalendar;
import org.civicportal.shared.ReadableDates;

/**
 * "My portal" ({@code account/dashboard.xhtml}), where people land after logging in: their
 * membership and what to do next, their coming events, their recent matrices and invitations
 * waiting, and for staff what waits for them. Read only; a fixed number of queries whatever it shows.
 */
@Named
@RequestScoped
public class DashboardPage {

    /** How many matrices the page lists; the rest are on "My matrices". */
    static final int RECENT_MATRICES = 3;

    @Inject
    MembershipService memberships;

    @Inject
    EventService events;

    @Inject
    DecisionService decisions;

    @Inject
    MembershipAdministration membershipAdministration;

    @Inject
    EventAdministration eventAdministration;

    @Inject
    org.civicportal.content.LibraryAdministration libraryAdministration;

    @Inject
    org.civicportal.marketplace.ProviderService providers;

    @Inject
    org.civicportal.marketplace.ProviderAdministration providerAdministration;

    @Inject
    CivilCalendar calendar;

    @Inject
    HttpServletRequest request;

    private Membership membership;
    private MembershipStatus status;
    private Invoice openInvoice;
    private MembershipNextStep nextStep;
    private String renewalOpens;
    private List<UpcomingRegistration> upcoming;
    private List<DecisionMatrix> matrices;
    private List<MatrixParticipant> invitations;
    private Long applicationsWaiting;
    private Long invoicesOpen;
    private Long draftEvents;
    private Long libraryWaiting;
    private org.civicportal.marketplace.ProviderOrganisation organisation;
    private Long providersWaiting;

    @PostConstruct
    void load() {
        LocalDate today = calendar.today();
        membership = memberships.myMembership().orElse(null);
        List<Invoice> invoices = membership == null ? List.of() : memberships.myInvoices();
        openInvoice = invoices.stream().filter(Invoice::isOpen).findFirst().orElse(null);
        MembershipPolicy.Facts facts = membership == null ? null : MembershipPolicy.Facts.of(membership, openInvoice != null);
        status = membership == null ? null : membership.standing().on(today);
        nextStep = MembershipNextStep.of(facts, today);
        LocalDate opens = facts == null ? null : MembershipPolicy.renewalOpensOn(facts);
        renewalOpens = opens == null ? "" : ReadableDates.DAY.format(opens);
        upcoming = events.myUpcoming();
        matrices = decisions.myRecentMatrices(RECENT_MATRICES);
        invitations = decisions.myWaitingInvitations();
        organisation = providers.myOrganisationSummary().orElse(null);
        // the doors check the roles again; asking only when the role is there keeps others' pages working
        if (request.isUserInRole(Role.Names.ADMIN)) {
            WaitingWork waiting = membershipAdministration.waitingWork();
            applicationsWaiting = waiting.applications();
            invoicesOpen = waiting.openInvoices();
            providersWaiting = providerAdministration.countWaiting();
        }
        if (request.isUserInRole(Role.Names.ADMIN) || request.isUserInRole(Role.Names.EDITOR)) {
            draftEvents = eventAdministration.countDrafts();
            libraryWaiting = libraryAdministration.countWaitingForReview();
        }
    }

    /** The day and time of an event in its own zone, labelled with it, as the events pages show it. */
    public String when(Event event) {
        return EventTimes.dayAndTime(event.getStartsAt(), event.zone());
    }

    /** From when a join link shows, in the event's zone. */
    public String joinFrom(UpcomingRegistration registration) {
        return EventTimes.dayAndTime(registration.joinLinkFrom(), registration.getEvent().zone());
    }

    public String day(LocalDate day) {
        return day == null ? "" : ReadableDates.DAY.format(day);
    }

    public Membership getMembership() {
        return membership;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public Invoice getOpenInvoice() {
        return openInvoice;
    }

    public MembershipNextStep getNextStep() {
        return nextStep;
    }

    public String getRenewalOpens() {
        return renewalOpens;
    }

    public List<UpcomingRegistration> getUpcoming() {
        return upcoming;
    }

    public List<DecisionMatrix> getMatrices() {
        return matrices;
    }

    public List<MatrixParticipant> getInvitations() {
        return invitations;
    }

    /** Applications awaiting approval, for administrators; null for anyone else. */
    public Long getApplicationsWaiting() {
        return applicationsWaiting;
    }

    /** Invoices waiting for payment, for administrators; null for anyone else. */
    public Long getInvoicesOpen() {
        return invoicesOpen;
    }

    /** Events still drafts, for editors and administrators; null for anyone else. */
    public Long getDraftEvents() {
        return draftEvents;
    }

    /** Library texts waiting for a reviewer, for editors and administrators; null for anyone else. */
    public Long getLibraryWaiting() {
        return libraryWaiting;
    }

    /** The provider organisation the person acts for, or null: the page offers to apply instead. */
    public org.civicportal.marketplace.ProviderOrganisation getOrganisation() {
        return organisation;
    }

    /** Provider applications waiting for vetting, for administrators; null for anyone else. */
    public Long getProvidersWaiting() {
        return providersWaiting;
    }

    public boolean isStaff() {
        return applicationsWaiting != null || draftEvents != null;
    }
}
