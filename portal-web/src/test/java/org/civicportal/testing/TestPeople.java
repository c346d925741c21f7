package org.civicportal.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.UUID;
import org.civicportal.account.AccountSeeding;
import org.civicportal.account.PositionType;
import org.civicportal.account.Role;
import org.civicportal.account.SignUp;
import org.civicportal.membership.Invoice;
import org.civicportal.membership.InvoiceStatus;
import org.civicportal.membership.MembershipLifecycle;
import org.civicportal.membership.PaymentDetails;
import org.civicportal.membership.PaymentMethod;
import org.civicportal.membership.PaymentRecorder;
import org.civicportal.shared.CivilCalendar;

/**
 * Makes confirmed accounts for in-container tests and journeys, with a paid membership when the
 * test needs a member in good standing. Exists only in test deployments.
 */
@ApplicationScoped
public class TestPeople {

    @Inject
    AccountSeeding accounts;

    @Inject
    MembershipLifecycle memberships;

    @Inject
    PaymentRecorder payments;

    @Inject
    CivilCalendar calendar;

    @PersistenceContext
    EntityManager em;

    /** A new confirmed account with a unique address; returns its id. */
    public long person(String fullName, Set<Role> roles, boolean paidMember) {
        return create("person-" + UUID.randomUUID().toString().substring(0, 8) + "@town.example.org", fullName,
                "a long enough test password", roles, paidMember);
    }

    /** A confirmed account, and if asked a staff membership paid today; returns its id. */
    public long create(String email, String fullName, String password, Set<Role> roles, boolean paidMember) {
        SignUp signUp = new SignUp();
        signUp.setEmail(email);
        signUp.setPassword(password);
        signUp.setFullName(fullName);
        signUp.setPositionTitle("Assistant City Manager");
        signUp.setPositionType(PositionType.LOCAL_GOVERNMENT_STAFF);
        signUp.getJurisdiction().setName("City of Fairhaven");
        signUp.getJurisdiction().setRegion("OR");
        signUp.getJurisdiction().setCountry("US");
        signUp.getJurisdiction().setPopulation(42_000);
        long id = accounts.createConfirmed(signUp, roles).getId();
        if (paidMember) {
            memberships.join(id, "LOCAL_GOVERNMENT_STAFF");
            payments.record(openInvoice(id).getId(), payment(openInvoice(id)), null);
        }
        return id;
    }

    /** How many accounts hold the address (0 or 1). */
    public long countWithEmail(String email) {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.email = :email", Long.class)
                .setParameter("email", email).getSingleResult();
    }

    private Invoice openInvoice(long accountId) {
        return em.createQuery("SELECT i FROM Invoice i WHERE i.membership.account.id = :id AND i.status = :open", Invoice.class)
                .setParameter("id", accountId).setParameter("open", InvoiceStatus.OPEN).getSingleResult();
    }

    private PaymentDetails payment(Invoice invoice) {
        PaymentDetails paid = new PaymentDetails();
        paid.setAmount(invoice.totalDue().amount());
        paid.setMethod(PaymentMethod.CHECK);
        paid.setReference("TEST-" + invoice.getId());
        paid.setReceivedOn(calendar.today());
        return paid;
    }
}
