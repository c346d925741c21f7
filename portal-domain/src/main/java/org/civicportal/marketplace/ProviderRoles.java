package org.civicportal.marketplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.civicportal.account.Account;
import org.civicportal.account.AccountRoles;
import org.civicportal.account.Role;

/**
 * The one rule for the PROVIDER role: an account holds it while it is a user of an approved,
 * unsuspended organisation. Each step that changes either side (a decision, a user joining or
 * leaving) asks here, inside its own transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProviderRoles {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRoles roles;

    /** Gives or takes the role from every user of the organisation, by its status now. */
    void applyTo(ProviderOrganisation organisation) {
        for (ProviderUser user : users(organisation)) {
            applyTo(user.getAccountId(), organisation, false);
        }
    }

    /** Gives or takes the role from one account, by the status of the organisation it acts for. */
    void applyTo(long accountId, ProviderOrganisation organisation, boolean askedByThem) {
        if (organisation.isActive()) {
            roles.grant(accountId, Role.PROVIDER, askedByThem);
        } else {
            roles.withdraw(accountId, Role.PROVIDER);
        }
    }

    /** Takes the role from an account that no longer acts for any organisation. */
    void withdraw(long accountId) {
        roles.withdraw(accountId, Role.PROVIDER);
    }

    /** The accounts of the organisation's users, for messages to them. */
    List<Account> accounts(ProviderOrganisation organisation) {
        return em.createQuery("SELECT a FROM Account a, ProviderUser u WHERE a.id = u.accountId AND u.organisation.id = :id"
                + " ORDER BY a.id", Account.class).setParameter("id", organisation.getId()).getResultList();
    }

    private List<ProviderUser> users(ProviderOrganisation organisation) {
        return em.createNamedQuery(ProviderUser.OF_ORGANISATION, ProviderUser.class)
                .setParameter("organisationId", organisation.getId()).getResultList();
    }
}
