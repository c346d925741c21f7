package org.civicportal.marketplace;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.civicportal.content.RevisionComparison;
import org.civicportal.shared.FieldMessages;

/**
 * One listing before a moderator ({@code admin/marketplace/listing.xhtml?id=…}): the change waiting
 * beside what is live, word by word, and the decision. The page remembers which change, at which
 * counter, the moderator saw: if another moderator decided it meanwhile, this one is told and
 * nothing is done.
 */
@Named
@ViewScoped
public class ListingModerationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ListingModeration moderation;

    private Long id;
    private Long seenVersionId;
    private int seenVersion;
    private String reason;
    // read again when missing: not kept with the page between requests, nor copied to another node
    private transient Listing listing;
    private transient RevisionComparison comparison;
    private transient List<ListingVersion> versions;

    public void load() {
        listing = id == null ? null : moderation.listing(id).orElse(null);
        if (listing != null) {
            comparison = moderation.comparison(id).orElse(null);
            versions = moderation.versions(id);
            if (seenVersionId == null && listing.getPendingVersion() != null) {
                seenVersionId = listing.getPendingVersion().getId();
                seenVersion = listing.getPendingVersion().getVersion();
            }
        }
    }

    public String approve() {
        moderation.approve(id, seenVersionId == null ? -1 : seenVersionId, seenVersion);
        return done("Approved: the directory shows this version now.");
    }

    public String sendBack() {
        ListingModerating.Decision decision = moderation.sendBack(id, seenVersionId == null ? -1 : seenVersionId, seenVersion, reason);
        return done(decision.mailed() ? "Sent back; the provider's people were mailed your reason."
                : "Sent back. The provider was not mailed: its allowance of notices for today is spent; it sees your reason on its page.");
    }

    private String done(String message) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        FieldMessages.info(message);
        return "/admin/marketplace/listing?faces-redirect=true&id=" + id;
    }

    /** True if a change waits for a decision. */
    public boolean isWaiting() {
        Listing shown = listing();
        return shown != null && shown.getPendingVersion() != null
                && shown.getPendingVersion().getState() == ListingVersionState.WAITING;
    }

    /** The listing, read again if the page came without it (its session moved to another node). */
    private Listing listing() {
        if (listing == null && id != null) {
            load();
        }
        return listing;
    }

    public Listing getListing() {
        return listing();
    }

    public RevisionComparison getComparison() {
        listing();
        return comparison;
    }

    public List<ListingVersion> getVersions() {
        listing();
        return versions;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
