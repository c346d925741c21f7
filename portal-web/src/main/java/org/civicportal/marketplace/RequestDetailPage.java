package org.civicportal.marketplace;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicportal.shared.FieldMessages;

/**
 * One of the member's requests ({@code marketplace/request-detail.xhtml?id=…}): per provider where
 * it stands and the conversation with it; shortlisting; closing with a choice and feedback. Another
 * member's request, or none, answers 404 "not found". The request's version is remembered when the
 * page is drawn, so closing after a provider answered meanwhile is refused until the member has seen it.
 */
@Named
@ViewScoped
public class RequestDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssistanceRequestService service;

    private Long id;
    private transient AssistanceRequestDetail detail;
    private boolean found;
    private int seenVersion;
    private final Map<Long, String> messages = new HashMap<>();
    private Long chosen;
    private String feedback;

    public void load() {
        reload();
        if (!found) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    private void reload() {
        detail = id == null ? null : service.myRequest(id).orElse(null);
        found = detail != null;
        if (found) {
            seenVersion = detail.request().getVersion();
        }
    }

    /** Puts the provider on the shortlist, or takes it off. */
    public void shortlist(long addresseeId, boolean on) {
        service.shortlist(id, addresseeId, on);
        reload();
        FieldMessages.info(on ? "Shortlisted." : "Taken off the shortlist.");
    }

    /** Sends the member's message to one provider. */
    public void write(long addresseeId) {
        service.write(id, addresseeId, messages.get(addresseeId));
        messages.remove(addresseeId);
        reload();
        FieldMessages.info("Your message is sent.");
    }

    /** Closes the request with the provider chosen (or none) and the feedback. */
    public void close() {
        service.close(id, chosen, feedback, seenVersion);
        reload();
        FieldMessages.info("The request is closed. Thank you" + (feedback == null || feedback.isBlank() ? "." : " for your feedback."));
    }

    public AssistanceRequestDetail getDetail() {
        if (detail == null && found) {
            reload();
        }
        return detail;
    }

    public boolean isFound() {
        return found;
    }

    /** The providers the member may choose when closing: those that did not decline. */
    public List<RequestAddressee> getChoosable() {
        return getDetail().addressees().stream().filter(a -> RequestTransitions.whyNotChosen(a.getState()).isEmpty()).toList();
    }

    /** Why the member cannot write to this provider now, or null. */
    public String whyNoWriting(RequestAddressee addressee) {
        return RequestTransitions.whyMemberMayNotWrite(addressee.getRequest().isOpen(), addressee.getState(),
                getDetail().conversation(addressee).size()).orElse(null);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Map<Long, String> getMessages() {
        return messages;
    }

    public Long getChosen() {
        return chosen;
    }

    public void setChosen(Long chosen) {
        this.chosen = chosen;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }
}
