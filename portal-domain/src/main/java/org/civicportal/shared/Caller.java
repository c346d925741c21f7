package org.civicportal.shared;

import jakarta.ejb.EJBContext;

/**
 * Who calls a door. The portal's authentication names every caller by their account id, so a
 * service acting "for the caller" takes the id from here, never from what a page sends.
 */
public final class Caller {

    private Caller() {
    }

    /** The account id of the logged-in caller of the EJB whose context this is. */
    public static long accountId(EJBContext context) {
        return Long.parseLong(context.getCallerPrincipal().getName());
    }
}
