package org.civicportal.marketplace;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.civicportal.shared.FieldMessages;
import org.civicportal.shared.InvalidInputException;

/**
 * A request as a provider's people read and answer it ({@code provider/request.xhtml?id=…}): ask a
 * question, decline with a reason, or send a proposal; nothing once it is closed. A request not
 * addressed to the caller's organisation answers 404 "not found", and nothing is recorded.
 *
 * <p>Showing it changes nothing (it is a GET): the request becomes "read" when it is opened from the
 * inbox (a POST), or here with "Mark as read" when someone arrived from the mail's link. Mail
 * scanners and link previews that fetch the link therefore never tell the member it was read.
 */
@Named
@ViewScoped
public class RequestReplyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssistanceRequestService service;

    private Long id;
    private transient AssistanceRequestDetail detail;
    private boolean found;
    private String question;
    private String reason;
    private ProposalForm proposal = new ProposalForm();
    private transient Part file;

    /** The first render: shows the request to its addressees, "not found" to anyone else. */
    public void load() {
        detail = id == null ? null : service.addressed(id).orElse(null);
        found = detail != null;
        if (!found) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    private void reload() {
        detail = id == null ? null : service.addressed(id).orElse(null);
        found = detail != null;
    }

    /** Tells the member the request was read (once; nothing the second time). */
    public void markRead() {
        if (service.openAddressed(id).isEmpty()) {
            FieldMessages.error("This request is not addressed to your organisation.");
            return;
        }
        done("The member now sees that you have read the request.");
    }

    /** Whether the member still sees this request as unread. */
    public boolean isUnread() {
        return getDetail().own().getState() == RequestAddresseeState.SENT && getDetail().request().isOpen();
    }

    public void ask() {
        service.ask(id, question);
        question = null;
        done("Your question is sent; the member is told.");
    }

    public void decline() {
        service.decline(id, reason);
        reason = null;
        done("You declined the request; the member is told why.");
    }

    public void propose() {
        service.propose(id, proposal, upload());
        proposal = new ProposalForm();
        done("Your proposal is sent; the member is told.");
    }

    private void done(String message) {
        reload();
        FieldMessages.info(message);
    }

    private RequestUpload upload() {
        if (file == null || file.getSize() == 0) {
            return null;
        }
        if (file.getSize() > RequestLimits.MAX_ATTACHMENT_BYTES) {
            throw new InvalidInputException("attachment", "This file is larger than 2 MB.");
        }
        try (InputStream in = file.getInputStream()) {
            return new RequestUpload(file.getSubmittedFileName(), in.readNBytes((int) file.getSize()));
        } catch (IOException e) {
            throw new InvalidInputException("attachment", "The file could not be read: send it again.");
        }
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

    /** Why the caller cannot do this now, or null: asked before each form is shown. */
    public String whyNot(String act) {
        RequestAddressee own = getDetail().own();
        RequestTransitions.ProviderAct what = RequestTransitions.ProviderAct.valueOf(act);
        return RequestTransitions.whyProviderMayNot(what, own.getRequest().isOpen(), own.getState(),
                getDetail().conversation(own).size(), getDetail().conversation(own).stream()
                        .filter(m -> m.getKind() == RequestMessageKind.PROPOSAL).count()).orElse(null);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public ProposalForm getProposal() {
        return proposal;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
