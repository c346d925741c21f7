package org.civicportal.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.civicportal.shared.CleanText;

/** What a person tells about themselves: asked at sign-up, editable on the profile page. */
public class ProfileDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Enter your full name.")
    @Size(max = 200, message = "Use at most 200 characters.")
    @CleanText
    private String fullName;

    @Valid
    private Jurisdiction jurisdiction = new Jurisdiction();

    @NotBlank(message = "Enter your position title, for example \"City Manager\".")
    @Size(max = 200, message = "Use at most 200 characters.")
    @CleanText
    private String positionTitle;

    @NotNull(message = "Choose the type of position you hold.")
    private PositionType positionType;

    public ProfileDetails() {
        // for forms
    }

    /** The details as an account holds them now. */
    public static ProfileDetails of(Account account) {
        ProfileDetails details = new ProfileDetails();
        details.fullName = account.getFullName();
        details.jurisdiction = account.getJurisdiction().copy();
        details.positionTitle = account.getPositionTitle();
        details.positionType = account.getPositionType();
        return details;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = Jurisdiction.trim(fullName);
    }

    public Jurisdiction getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(Jurisdiction jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public void setPositionTitle(String positionTitle) {
        this.positionTitle = Jurisdiction.trim(positionTitle);
    }

    public PositionType getPositionType() {
        return positionType;
    }

    public void setPositionType(PositionType positionType) {
        this.positionType = positionType;
    }
}
