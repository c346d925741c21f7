package org.civicportal.content;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.civicportal.shared.CivilCalendar;
import org.civicportal.shared.FieldMessages;
import org.civicportal.shared.InvalidInputException;

/**
 * One item at the editors' desk ({@code admin/content/item.xhtml?id=…}): where it stands, the steps
 * the rules allow the editor now (each with the reason when not), its files, every revision with
 * restore, and the comparison of two revisions.
 */
@Named
@ViewScoped
public class LibraryItemDeskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LibraryAdministration administration;

    @Inject
    CivilCalendar calendar;

    private Long id;
    // read again when missing (see item()): not kept with the page between requests, nor copied to another node;
    // a comparison shown is lost on such a move, and asked for again
    private transient LibraryItem item;
    private transient List<Revision> revisions;
    private transient List<LibraryFile> files;
    private String comment;
    private String publishAt;
    private Integer older;
    private Integer newer;
    private transient RevisionComparison comparison;
    private transient Part upload;

    public void load() {
        item = id == null ? null : administration.item(id).orElse(null);
        if (item != null) {
            revisions = administration.revisions(id);
            files = administration.files(id);
            if (newer == null && revisions.size() > 1) {
                newer = revisions.get(0).getNumber();
                older = revisions.get(1).getNumber();
            }
        }
    }

    public String startDraft() {
        administration.startDraft(id);
        return formOf(item().getKind()) + "?faces-redirect=true&item=" + id;
    }

    /** The form that edits a draft of the item's kind, for the "Edit the draft" link. */
    public String getEditOutcome() {
        return formOf(item().getKind());
    }

    /** The form of each kind. */
    static String formOf(ResourceKind kind) {
        return switch (kind) {
            case CASE_STUDY -> "/admin/content/case-study";
            case RESEARCH_SUMMARY -> "/admin/content/research-summary";
            case BIBLIOGRAPHY_ENTRY -> "/admin/content/bibliography-entry";
            case TRAINING_PROGRAMME -> "/admin/content/training-programme";
            case PROGRAMME_PAGE -> "/admin/content/programme-page";
        };
    }

    public String submit() {
        administration.submit(id, item().getOpenRevision().getVersion());
        return done("Sent for review. Another editor approves it or sends it back.");
    }

    public String sendBack() {
        administration.sendBack(id, comment);
        return done("Sent back to draft.");
    }

    public String approve() {
        Revision approved = administration.approve(id, publishTime());
        return done(approved.getState() == RevisionState.PUBLISHED ? "Approved and published." : "Approved. It will be published at the time set.");
    }

    public String archive() {
        administration.archive(id);
        return done("Archived: it is no longer shown to visitors.");
    }

    public String unarchive() {
        administration.unarchive(id);
        return done("Shown to visitors again.");
    }

    public String restore(int number) {
        administration.restore(id, number);
        return done("Version " + number + " is now the draft. Check it, then send it for review.");
    }

    public void compare() {
        if (older == null || newer == null) {
            throw new InvalidInputException("older", "Choose two versions to compare.");
        }
        comparison = administration.compare(id, older, newer);
        load();
    }

    public String attach() throws IOException {
        if (upload == null || upload.getSize() == 0) {
            throw new InvalidInputException("upload", "Choose a file to attach.");
        }
        byte[] content;
        try (InputStream in = upload.getInputStream()) {
            content = in.readNBytes((int) Math.min(upload.getSize(), Integer.MAX_VALUE - 8));
        }
        LibraryFile file = administration.attach(id, upload.getSubmittedFileName(), content);
        return done("Attached. Its address is " + file.getAddress()
                + (file.isImage() ? " — use it for an image in the text, with a text alternative." : "."));
    }

    private String done(String message) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        FieldMessages.info(message);
        return "/admin/content/item?faces-redirect=true&id=" + id;
    }

    /** The time typed for publication, in the association's zone; empty means now. */
    private Instant publishTime() {
        return PublishTime.parse(publishAt, calendar.zone());
    }

    private LibraryItem item() {
        if (item == null) {
            load();
        }
        return item;
    }

    public EditorialVerdict getMayEdit() {
        Revision open = item().getOpenRevision();
        return open == null ? new EditorialVerdict(item().getLiveRevision() != null, "There is no draft.")
                : administration.policy().mayEdit(open);
    }

    public EditorialVerdict getMayApprove() {
        Revision open = item().getOpenRevision();
        return open == null ? new EditorialVerdict(false, "Nothing waits for review.")
                : administration.policy().mayApprove(open, administration.callerId());
    }

    public String getZone() {
        return calendar.zone().getId();
    }

    public LibraryItem getItem() {
        return item();
    }

    public List<Revision> getRevisions() {
        item();
        return revisions;
    }

    public List<LibraryFile> getFiles() {
        item();
        return files;
    }

    public RevisionComparison getComparison() {
        return comparison;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(String publishAt) {
        this.publishAt = publishAt;
    }

    public Integer getOlder() {
        return older;
    }

    public void setOlder(Integer older) {
        this.older = older;
    }

    public Integer getNewer() {
        return newer;
    }

    public void setNewer(Integer newer) {
        this.newer = newer;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
