package org.civicportal.marketplace;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.civicportal.shared.FieldMessages;
import org.civicportal.shared.InvalidInputException;

/**
 * The page an invitation's link opens ({@code provider/join.xhtml?token=…}), for the logged-in
 * invitee: which organisation invites them and a button. Opening the link changes nothing; pressing
 * the button (a POST) joins, if the invitation is theirs and still open.
 */
@Named
@ViewScoped
public class JoinPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProviderService providers;

    private String token;
    private JoinInvitation invitation;
    private String problem;

    /** Reads the invitation of the link (once per view). */
    public void load() {
        if (invitation != null || problem != null) {
            return;
        }
        try {
            invitation = providers.invitation(token);
            problem = invitation.getProblem();
        } catch (InvalidInputException unknown) {
            problem = unknown.getMessage();
        }
    }

    /** Joins the organisation and shows its page. */
    public String accept() {
        ProviderOrganisation joined = providers.accept(token);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        FieldMessages.info("You now act for " + joined.getName() + "."
                + (joined.isActive() ? " Log out and in again to use the pages for providers." : ""));
        return "/provider/organisation?faces-redirect=true";
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token == null || token.length() > 100 ? null : token;
    }

    public JoinInvitation getInvitation() {
        return invitation;
    }

    public String getProblem() {
        return problem;
    }
}
