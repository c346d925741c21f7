package org.civicportal.decision;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.civicportal.shared.CleanText;
import org.civicportal.shared.EmailAddress;
import org.civicportal.shared.FieldMessages;
import org.civicportal.shared.InvalidInputException;

/**
 * The owner's view of the group dialogue ({@code decision/dialogue.xhtml?id=…}): invitations,
 * who has submitted, the disagreements to discuss first, every cell's average and spread, and the
 * comments. The agreed values are then recorded on the matrix itself.
 */
@Named
@ViewScoped
public class DialoguePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DecisionService decisions;

    private Long id;
    private transient MatrixContent content;
    private transient Participation.Dialogue dialogue;
    private transient Agenda.Summary agenda;
    @Size(max = 100, message = "Use at most 100 characters.")
    @CleanText
    private String name;
    @Size(max = EmailAddress.MAX_LENGTH, message = EmailAddress.MALFORMED)
    private String email;
    @Size(max = 60, message = "Use at most 60 characters.")
    private String commentTopic;
    @Size(max = 2000, message = "Use at most 2,000 characters.")
    @CleanText(multiLine = true)
    private String commentBody;

    public void load() {
        content = id == null ? null : decisions.open(id).filter(c -> decisions.owns(c.matrix())).orElse(null);
        dialogue = content == null ? null : decisions.dialogue(id);
        agenda = null;
    }

    public void invite() {
        MatrixParticipant invited = decisions.invite(id, name, email);
        FieldMessages.info(invited.getName() + " is invited: their link is on its way to " + invited.getEmail() + ".");
        name = null;
        email = null;
        load();
    }

    public void sendAgain(MatrixParticipant participant) {
        try {
            decisions.sendAgain(id, participant.getId());
            FieldMessages.info("A new link is on its way to " + participant.getEmail() + "; the old one no longer works.");
        } catch (InvalidInputException problem) {
            FieldMessages.error(problem.getMessage());
        }
    }

    public void comment() {
        decisions.comment(id, commentTopic, commentBody);
        commentBody = null;
        load();
        FieldMessages.info("Comment added.");
    }

    /** What divides the group most, grades and scores together: the first few, the rest, and how many cells all agree on. */
    public Agenda.Summary getAgenda() {
        if (agenda == null) {
            agenda = Agenda.summary(getDialogue(), getContent());
        }
        return agenda;
    }

    public String cellName(String key) {
        return Agenda.cellNames(getContent()).get(key);
    }

    /** A topic's label: the criterion's or the characteristic's name. */
    public String topicName(String topic) {
        if (topic.startsWith("characteristic:")) {
            String code = topic.substring("characteristic:".length());
            return content.characteristics().stream().filter(c -> c.getCode().name().equals(code)).map(ReadinessCharacteristic::getName)
                    .findFirst().orElse(topic);
        }
        return content.criteria().stream().filter(c -> topic.equals("criterion:" + c.getId())).map(MatrixCriterion::getName)
                .findFirst().orElse("A removed criterion");
    }

    public boolean isFound() {
        return content != null;
    }

    public MatrixContent getContent() {
        if (content == null && id != null) {
            load();
        }
        return content;
    }

    public Participation.Dialogue getDialogue() {
        if (dialogue == null && id != null) {
            load();
        }
        return dialogue;
    }

    public List<Map.Entry<String, List<MatrixComment>>> getComments() {
        return List.copyOf(getDialogue().comments().entrySet());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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
