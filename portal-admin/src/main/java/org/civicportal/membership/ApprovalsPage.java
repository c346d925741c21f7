package org.civicportal.membership;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicportal.shared.FieldMessages;
import org.civicportal.shared.InvalidInputException;

/** Applications for rates that need approval ({@code admin/membership/approvals.xhtml}). */
@Named
@ViewScoped
public class ApprovalsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MembershipAdministration administration;

    private List<Membership> applications;
    private final Map<Long, String> notes = new HashMap<>();

    @PostConstruct
    void load() {
        applications = administration.awaitingApproval();
    }

    public void approve(Membership application) {
        decide(application, true, "Approved: the invoice was sent to " + application.getAccount().getEmail() + ".");
    }

    public void reject(Membership application) {
        decide(application, false, "Rejected: " + application.getAccount().getFullName() + " was told by email.");
    }

    private void decide(Membership application, boolean approve, String done) {
        try {
            administration.decide(application.getId(), approve, notes.get(application.getId()));
            notes.remove(application.getId());
            load();
            FieldMessages.info(done);
        } catch (InvalidInputException problem) {
            FieldMessages.error(application.getAccount().getFullName() + ": " + problem.getMessage());
        }
    }

    public List<Membership> getApplications() {
        return applications;
    }

    /** The note typed for each application, by membership id. */
    public Map<Long, String> getNotes() {
        return notes;
    }
}
