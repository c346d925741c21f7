package org.civicportal.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.civicportal.shared.CleanText;

/** A past local-government client who can vouch for the provider, and whom to ask there. */
@Embeddable
public class ProviderReference implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Name the local government.")
    @Size(max = 200, message = "Use at most 200 characters.")
    @CleanText
    @Column(name = "client_name", nullable = false, length = 200)
    private String clientName;

    @NotBlank(message = "Name the person to ask there.")
    @Size(max = 200, message = "Use at most 200 characters.")
    @CleanText
    @Column(name = "contact_name", nullable = false, length = 200)
    private String contactName;

    @NotBlank(message = "Give an e-mail address or a telephone number for them.")
    @Size(max = 254, message = "Use at most 254 characters.")
    @CleanText
    @Column(name = "contact_details", nullable = false, length = 254)
    private String contactDetails;

    public ProviderReference() {
        // for JPA and forms
    }

    public ProviderReference(String clientName, String contactName, String contactDetails) {
        this.clientName = clientName;
        this.contactName = contactName;
        this.contactDetails = contactDetails;
    }

    public String getClientName() {
        return clientName;
    }

    public void setClientName(String clientName) {
        this.clientName = clientName;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactDetails() {
        return contactDetails;
    }

    public void setContactDetails(String contactDetails) {
        this.contactDetails = contactDetails;
    }
}
