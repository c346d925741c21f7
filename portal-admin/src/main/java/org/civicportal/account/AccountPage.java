package org.civicportal.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.civicportal.membership.Membership;
import org.civicportal.membership.MembershipAdministration;
import org.civicportal.shared.CivilCalendar;
import org.civicportal.shared.FieldMessages;
import org.civicportal.shared.InvalidInputException;

/** One account for administrators ({@code admin/account/account.xhtml}): roles and access. */
@Named
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdministration administration;

    @Inject
    MembershipAdministration memberships;

    @Inject
    CivilCalendar calendar;

    private Membership membership;

    private Long id;
    private Account account;
    private List<Role> roles = new ArrayList<>();

    /** Loads the account named by the {@code id} parameter. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            account = administration.find(id);
            roles = new ArrayList<>(account.getRoles());
            membership = memberships.membershipOf(id).orElse(null);
        } catch (InvalidInputException missing) {
            account = null;
        }
    }

    public void saveRoles() {
        run(() -> administration.changeRoles(id, roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles)),
                "Roles saved. The person's open sessions were ended.");
    }

    public void disable() {
        run(() -> administration.disable(id), "Account disabled. Its open sessions were ended.");
    }

    public void cancelMembership() {
        run(() -> memberships.cancel(id), "Membership cancelled; open invoices were voided and the member was told.");
    }

    /** The membership's status today, e.g. "Active", or null without a membership. */
    public String getMembershipStatus() {
        return membership == null ? null : membership.standing().on(calendar.today()).getLabel();
    }

    public Membership getMembership() {
        return membership;
    }

    public void enable() {
        run(() -> administration.enable(id), "Account enabled. The person can log in again.");
    }

    private void run(Runnable change, String done) {
        try {
            change.run();
            load();
            FieldMessages.info(done);
        } catch (InvalidInputException problem) {
            FieldMessages.error(problem.getMessage());
            load();
        }
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Account getAccount() {
        return account;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }
}
