package org.civicportal.decision;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.civicportal.shared.CleanText;
import org.civicportal.shared.FieldMessages;
import org.civicportal.shared.InvalidInputException;

/**
 * An invited participant's scoring page ({@code decision/scoring.xhtml}), reached from their
 * invitation ({@link ParticipatePage}). The session's {@link ParticipantPass} is the only key to
 * their matrix, and every step checks it is still their newest link: after "Send again", a page
 * opened with the old link is refused and the pass leaves the session. Their grades and scores
 * save as they change; nobody else's are shown.
 */
@Named
@ViewScoped
public class ScoringPage extends ScoringForm {

    private static final long serialVersionUID = 1L;

    /** The session attribute holding the participant's pass, set only after their link was checked. */
    static final String PASS = "decision.participant";

    @Inject
    Participation participation;

    private ParticipantPass pass;
    private String refusal;
    private transient Participation.ParticipantView view;

    @Size(max = 60, message = "Use at most 60 characters.")
    private String commentTopic;
    @Size(max = 2000, message = "Use at most 2,000 characters.")
    @CleanText(multiLine = true)
    private String commentBody;

    public void load() {
        view = null;
        Object inSession = external().getSessionMap().get(PASS);
        pass = inSession instanceof ParticipantPass held ? held : null;
        if (pass == null) {
            return;
        }
        try {
            view = participation.view(pass);
            fill(view.grades(), view.scores().values());
        } catch (InvalidInputException problem) {
            refuse(problem);
        }
    }

    @Override
    public void saveGrade(String characteristic) {
        autosave(characteristic, () -> participation.grade(pass, Characteristic.valueOf(characteristic),
                getGrades().get(characteristic), getNotes().get(characteristic)));
    }

    @Override
    protected void saveScore(String key, long optionId, long criterionId) {
        participation.score(pass, optionId, criterionId, getScores().get(key), getRationales().get(key));
    }

    @Override
    protected void reload() {
        load();
    }

    public void comment() {
        try {
            participation.commentAsParticipant(pass, commentTopic, commentBody);
            commentBody = null;
            FieldMessages.info("Comment added. The owner sees it with the group's results.");
        } catch (InvalidInputException problem) {
            refuseIfEnded(problem);
            FieldMessages.show(problem, "comments");
        }
    }

    public void submit() {
        try {
            participation.submit(pass);
            load();
            FieldMessages.info("Thank you: your scores are submitted. The owner now sees them with everyone else's.");
        } catch (InvalidInputException problem) {
            refuseIfEnded(problem);
            FieldMessages.error(problem.getMessage());
        }
    }

    private void refuseIfEnded(InvalidInputException problem) {
        if (problem.problems().containsKey(Participation.LINK)) {
            refuse(problem);
        }
    }

    /** A pass that no longer opens the matrix leaves the session, and the page says why. */
    private void refuse(InvalidInputException problem) {
        external().getSessionMap().remove(PASS);
        pass = null;
        view = null;
        refusal = problem.getMessage();
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    private Participation.ParticipantView view() {
        if (view == null && pass != null) {
            view = participation.view(pass);
        }
        return view;
    }

    /** Once submitted: the group's disagreements so far, widest first. */
    public List<Agenda.Item> getGroupAgenda() {
        return participation.groupSeenBy(pass).map(group -> Agenda.of(group, view().matrix())).orElse(List.of());
    }

    public boolean isScoring() {
        return pass != null;
    }

    /** Why the page no longer opens the matrix, or null. */
    public String getRefusal() {
        return refusal;
    }

    public Participation.ParticipantView getView() {
        return view();
    }

    @Override
    public MatrixContent getContent() {
        return view().matrix();
    }

    /** True while the participant may still change their values and comment. */
    public boolean isEditable() {
        return !view().participant().isSubmitted() && !view().matrix().matrix().isFinal();
    }

    public String getCommentTopic() {
        return commentTopic;
    }

    public void setCommentTopic(String commentTopic) {
        this.commentTopic = commentTopic;
    }

    public String getCommentBody() {
        return commentBody;
    }

    public void setCommentBody(String commentBody) {
        this.commentBody = commentBody;
    }
}
