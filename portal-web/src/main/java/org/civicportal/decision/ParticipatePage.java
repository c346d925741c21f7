package org.civicportal.decision;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.civicportal.shared.CleanText;
import org.civicportal.shared.FieldMessages;
import org.civicportal.shared.InvalidInputException;

/**
 * An invited participant's page ({@code decision/participate.xhtml}). With {@code ?token=…} it
 * only shows the invitation and a button; pressing it checks the link and remembers the
 * participant in this browser's session, which from then on is the only key to their matrix.
 * Their grades and scores save as they change; nobody else's are shown.
 */
@Named
@ViewScoped
public class ParticipatePage extends ScoringForm {

    private static final long serialVersionUID = 1L;

    /** The session attribute holding the participant's id, set only after their link was checked. */
    static final String PARTICIPANT = "decision.participant";

    @Inject
    Participation participation;

    private String token;
    private Long participantId;
    private transient Participation.ParticipantView view;

    @Size(max = 60, message = "Use at most 60 characters.")
    private String commentTopic;
    @Size(max = 2000, message = "Use at most 2,000 characters.")
    @CleanText(multiLine = true)
    private String commentBody;

    public void load() {
        if (token != null) {
            return; // the invitation page: nothing is read or changed until the button is pressed
        }
        Object inSession = external().getSessionMap().get(PARTICIPANT);
        participantId = inSession instanceof Long id ? id : null;
        if (participantId == null) {
            return;
        }
        view = participation.view(participantId);
        fill(view.grades(), view.scores().values());
    }

    /** Checks the invitation and opens the matrix in this browser. */
    public String start() {
        try {
            HttpServletRequest request = (HttpServletRequest) external().getRequest();
            Long accountId = request.getUserPrincipal() == null ? null : Long.valueOf(request.getUserPrincipal().getName());
            MatrixParticipant participant = participation.enter(token, accountId);
            request.getSession(true);
            request.changeSessionId(); // a session that now opens a matrix gets a fresh id
            external().getSessionMap().put(PARTICIPANT, participant.getId());
            return "/decision/participate?faces-redirect=true";
        } catch (InvalidInputException problem) {
            FieldMessages.error(problem.getMessage());
            return null;
        }
    }

    @Override
    public void saveGrade(String characteristic) {
        autosave(characteristic, () -> participation.grade(participantId, Characteristic.valueOf(characteristic),
                getGrades().get(characteristic), getNotes().get(characteristic)));
    }

    @Override
    protected void saveScore(String key, long optionId, long criterionId) {
        participation.score(participantId, optionId, criterionId, getScores().get(key), getRationales().get(key));
    }

    @Override
    protected void reload() {
        load();
    }

    public void comment() {
        try {
            participation.commentAsParticipant(participantId, commentTopic, commentBody);
            commentBody = null;
            FieldMessages.info("Comment added. The owner sees it with the group's results.");
        } catch (InvalidInputException problem) {
            FieldMessages.show(problem, "comments");
        }
    }

    public void submit() {
        try {
            participation.submit(participantId);
            load();
            FieldMessages.info("Thank you: your scores are submitted. The owner now sees them with everyone else's.");
        } catch (InvalidInputException problem) {
            FieldMessages.error(problem.getMessage());
        }
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    private Participation.ParticipantView view() {
        if (view == null && participantId != null) {
            view = participation.view(participantId);
        }
        return view;
    }

    /** Once submitted: the group's disagreements so far, widest first. */
    public List<Agenda.Item> getGroupAgenda() {
        return participation.groupSeenBy(participantId).map(group -> Agenda.of(group, view().matrix())).orElse(List.of());
    }

    public boolean isInvitation() {
        return token != null;
    }

    public boolean isScoring() {
        return token == null && participantId != null;
    }

    public Participation.ParticipantView getView() {
        return view();
    }

    @Override
    public MatrixContent getContent() {
        return view().matrix();
    }

    /** True while the participant may still change their values. */
    public boolean isEditable() {
        return !view().participant().isSubmitted() && !view().matrix().matrix().isFinal();
    }







    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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
