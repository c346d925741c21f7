package org.civicportal.decision;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.civicportal.shared.CivilCalendar;

/**
 * A matrix's results ({@code decision/results.xhtml?id=…}): for its owner, and read only for
 * members in good standing when the owner shared it.
 */
@Named
@RequestScoped
public class MatrixResultsPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMMM d, uuuu, h:mm a z", Locale.US);

    @Inject
    DecisionService decisions;

    @Inject
    CivilCalendar calendar;

    private Long id;
    private MatrixContent content;
    private MatrixResults results;
    private List<MatrixChange> history;

    public void load() {
        content = id == null ? null : decisions.open(id).orElse(null);
        if (content != null) {
            results = MatrixResults.of(content);
            history = decisions.history(id);
        }
    }

    /** Copies the matrix into a new one of the caller's, and opens it. */
    public String duplicate() {
        try {
            DecisionMatrix copy = decisions.duplicate(id);
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            org.civicportal.shared.FieldMessages.info("This is your copy: change it as you like; the original stays as it was.");
            return "/decision/matrix?faces-redirect=true&id=" + copy.getId();
        } catch (org.civicportal.shared.InvalidInputException problem) {
            load();
            org.civicportal.shared.FieldMessages.error(problem.getMessage());
            return null;
        }
    }

    public String when(MatrixChange change) {
        return WHEN.format(change.getChangedAt().atZone(calendar.zone()));
    }

    public boolean isOwner() {
        return decisions.owns(content.matrix());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MatrixContent getContent() {
        return content;
    }

    public MatrixResults getResults() {
        return results;
    }

    public List<MatrixChange> getHistory() {
        return history;
    }
}
