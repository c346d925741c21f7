package org.civicportal.marketplace;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicportal.shared.FieldMessages;

/**
 * A logged-in person applies for their organisation to offer technical assistance
 * ({@code provider/apply.xhtml}). Someone who acts for an organisation already is sent to its page.
 */
@Named
@ViewScoped
public class ApplyPage extends OrganisationFormPage {

    private static final long serialVersionUID = 1L;

    @Inject
    ProviderService providers;

    private String existing;

    /** Opens an empty form, unless the caller acts for an organisation already. */
    public void load() {
        if (getForm() != null) {
            return;
        }
        existing = providers.myOrganisation().map(ProviderOrganisation::getName).orElse(null);
        edit(new OrganisationForm());
    }

    /** Sends the application; mistakes are shown at their fields and nothing is saved. */
    public String apply() {
        ProviderOrganisation organisation = providers.apply(formToSend());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        FieldMessages.info("Thank you: the application of " + organisation.getName() + " is received. An administrator vets it;"
                + " you will get an e-mail with the decision.");
        return "/provider/organisation?faces-redirect=true";
    }

    /** The organisation the caller acts for already, or null. */
    public String getExisting() {
        return existing;
    }
}
