package org.civicportal.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.civicportal.shared.FieldMessages;

/** A person's own profile ({@code account/profile.xhtml}): details and password. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String DETAILS_FORM = "details";
    static final String PASSWORD_FORM = "password";

    @Inject
    ProfileService profileService;

    private String email;
    private String roles;
    private ProfileDetails details;
    @Size(max = 1024, message = "Use at most 1,024 characters.")
    private String currentPassword;
    @Size(max = 1024, message = "Use at most 1,024 characters.")
    private String newPassword;

    @PostConstruct
    void load() {
        Account account = profileService.myAccount();
        email = account.getEmail();
        roles = String.join(", ", account.getRoles().stream().map(Role::name).toList());
        details = ProfileDetails.of(account);
    }

    /** Saves name, jurisdiction and position. */
    public void save() {
        profileService.updateMyProfile(details);
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        if (session != null) {
            session.setAttribute(SessionLogIn.DISPLAY_NAME, details.getFullName());
        }
        FieldMessages.info("Your profile is saved.");
    }

    /** Changes the password; other sessions of the account end. */
    public void changePassword() {
        try {
            profileService.changeMyPassword(currentPassword, newPassword);
            FieldMessages.info("Your password is changed. Any other place you were logged in has been logged out.");
        } finally {
            currentPassword = null;
            newPassword = null;
        }
    }

    public String getEmail() {
        return email;
    }

    public String getRoles() {
        return roles;
    }

    public ProfileDetails getDetails() {
        return details;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
