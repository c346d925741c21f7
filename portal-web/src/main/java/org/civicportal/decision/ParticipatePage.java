package org.civicportal.decision;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.civicportal.shared.FieldMessages;
import org.civicportal.shared.InvalidInputException;

/**
 * The page an invitation's link opens ({@code decision/participate.xhtml?token=…}): the invitation
 * and a button, in a stateless view, so following a link (or a scanner following it for a mail
 * server) creates no session and changes nothing. Pressing the button checks the link and only
 * then starts a session, which holds the participant's {@link ParticipantPass} and leads to their
 * scoring page ({@link ScoringPage}).
 */
@Named
@RequestScoped
public class ParticipatePage {

    @Inject
    Invitations invitations;

    private String token;

    /** Checks the invitation and opens the matrix in this browser. */
    public String start() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (!"POST".equals(request.getMethod())) {
            // a stateless view takes a GET carrying its form fields as a postback: never act on one
            FieldMessages.error("Press \u201cOpen the matrix\u201d to open it.");
            return null;
        }
        try {
            Long accountId = request.getUserPrincipal() == null ? null : Long.valueOf(request.getUserPrincipal().getName());
            ParticipantPass pass = invitations.enter(token, accountId);
            request.getSession(true);
            request.changeSessionId(); // a session that now opens a matrix gets a fresh id
            external.getSessionMap().put(ScoringPage.PASS, pass);
            return "/decision/scoring?faces-redirect=true";
        } catch (InvalidInputException problem) {
            FieldMessages.error(problem.getMessage());
            return null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
