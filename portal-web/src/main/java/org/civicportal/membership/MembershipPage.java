package org.civicportal.membership;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.civicportal.shared.CivilCalendar;
import org.civicportal.shared.FieldMessages;
import org.civicportal.shared.InvalidInputException;
import org.civicportal.shared.ReadableDates;

/** A member's own membership ({@code membership/membership.xhtml}): status, join or renew, invoices. */
@Named
@ViewScoped
public class MembershipPage implements Serializable {

    private static final long serialVersionUID = 1L;

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
        // invoices belong to a membership: someone who never applied has none to read
        invoices = membership == null ? List.of() : memberships.myInvoices();
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

    /** True when the person may apply (the same rule the service applies): the categories are offered. */
    public boolean mayJoin() {
        return MembershipPolicy.mayJoin(facts(), calendar.today()).allowed();
    }

    /** True when renewing makes sense now (the same rule the service applies). */
    public boolean isRenewable() {
        return MembershipPolicy.mayRenew(facts(), calendar.today()).allowed();
    }

    public String getRenewalOpens() {
        LocalDate opens = membership == null ? null : MembershipPolicy.renewalOpensOn(facts());
        return opens == null ? "" : ReadableDates.DAY.format(opens);
    }

    private MembershipPolicy.Facts facts() {
        return membership == null ? null : MembershipPolicy.Facts.of(membership, invoices.stream().anyMatch(Invoice::isOpen));
    }

    public String day(LocalDate day) {
        return day == null ? "" : ReadableDates.DAY.format(day);
    }

    public String issued(Invoice invoice) {
        return ReadableDates.DAY.format(calendar.dayOf(invoice.getIssuedAt()));
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
