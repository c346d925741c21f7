package org.civicportal.membership;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.civicportal.shared.CivilCalendar;
import org.civicportal.shared.FieldMessages;
import org.civicportal.shared.InvalidInputException;

/** A member's own membership ({@code membership/membership.xhtml}): status, join or renew, invoices. */
@Named
@ViewScoped
public class MembershipPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

    @Inject
    MembershipService memberships;

    @Inject
    CivilCalendar calendar;

    private Membership membership;
    private MembershipStatus status;
    private List<MembershipOffer> offers;
    private List<Invoice> invoices;

    @PostConstruct
    void load() {
        LocalDate today = calendar.today();
        membership = memberships.myMembership().orElse(null);
        status = membership == null ? null : membership.standing().on(today);
        invoices = memberships.myInvoices();
        offers = mayJoin() ? memberships.offers() : List.of();
    }

    /** Applies in the chosen category. */
    public void join(String categoryCode) {
        try {
            memberships.join(categoryCode);
            load();
            FieldMessages.info(membership.isAwaitingApproval()
                    ? "Thank you. Your application waits for an administrator's approval; we will email you."
                    : "Thank you. Your invoice is below and in your email.");
        } catch (InvalidInputException problem) {
            FieldMessages.error(problem.getMessage());
        }
    }

    /** Issues the renewal invoice. */
    public void renew() {
        try {
            Invoice invoice = memberships.renew();
            load();
            FieldMessages.info("Your renewal invoice " + invoice.getNumber() + " is below and in your email.");
        } catch (InvalidInputException problem) {
            FieldMessages.error(problem.getMessage());
        }
    }

    /** True when no membership is running or waiting: the categories are offered. */
    public boolean mayJoin() {
        return membership == null || (status == MembershipStatus.PENDING && !membership.isAwaitingApproval()
                && invoices.stream().noneMatch(Invoice::isOpen)) || membership.getApproval() == Approval.REJECTED
                && invoices.stream().noneMatch(Invoice::isOpen);
    }

    /** True when renewing makes sense now: paid before, not cancelled, window open, no invoice waiting. */
    public boolean isRenewable() {
        return membership != null && membership.getPaidThrough() != null
                && membership.standing().canRenewOn(calendar.today(), membership.getCategory().getRenewalOpensDays())
                && invoices.stream().noneMatch(Invoice::isOpen);
    }

    public String getRenewalOpens() {
        return membership == null || membership.getPaidThrough() == null ? ""
                : DAY.format(membership.getPaidThrough().minusDays(membership.getCategory().getRenewalOpensDays()));
    }

    public String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public String issued(Invoice invoice) {
        return DAY.format(calendar.dayOf(invoice.getIssuedAt()));
    }

    public Membership getMembership() {
        return membership;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public List<MembershipOffer> getOffers() {
        return offers;
    }

    public List<Invoice> getInvoices() {
        return invoices;
    }
}
