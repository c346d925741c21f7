package org.civicportal.content;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.civicportal.account.Role;
import org.civicportal.membership.MembershipGate;
import org.civicportal.shared.Caller;

/** The library's door for logged-in readers: may the caller read members-only text? */
@Stateless
@RolesAllowed({Role.Names.MEMBER, Role.Names.EDITOR, Role.Names.PROVIDER, Role.Names.ADMIN})
public class LibraryService {

    @Resource
    SessionContext context;

    @Inject
    MembershipGate gate;

    /** Members in good standing read members-only text; editors and administrators too, to check it. */
    public boolean callerMayReadMembersOnly() {
        return context.isCallerInRole(Role.Names.EDITOR) || context.isCallerInRole(Role.Names.ADMIN)
                || gate.isInGoodStandingToday(Caller.accountId(context));
    }
}
