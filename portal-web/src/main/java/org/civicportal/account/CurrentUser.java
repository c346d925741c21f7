package org.civicportal.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** Who is looking at the page, for the header and menus. Never creates a session. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    public boolean isLoggedIn() {
        return request.getUserPrincipal() != null;
    }

    public boolean isAdministrator() {
        return request.isUserInRole(Role.Names.ADMIN);
    }

    /** Editors run events (and, later, publishing). */
    public boolean isEditor() {
        return request.isUserInRole(Role.Names.EDITOR);
    }

    /** Acts for an approved provider organisation. */
    public boolean isProvider() {
        return request.isUserInRole(Role.Names.PROVIDER);
    }

    /** The person's name as they gave it. */
    public String getDisplayName() {
        HttpSession session = request.getSession(false);
        Object name = session == null ? null : session.getAttribute(SessionLogIn.DISPLAY_NAME);
        return name == null ? "" : name.toString();
    }
}
