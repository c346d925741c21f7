package org.civicportal.content;

/**
 * The editorial workflow's rules, asked by the pages (to show or hide a button, with the reason)
 * and again by {@link LibraryEditing} when the button is pressed. With two-person review on, nobody
 * approves a revision they wrote or sent for review themselves: a second pair of eyes reads every
 * text before visitors do.
 */
public final class EditorialPolicy {

    private final boolean twoPersonReview;

    public EditorialPolicy(boolean twoPersonReview) {
        this.twoPersonReview = twoPersonReview;
    }

    /** Changing the text: only a draft is written on; a revision in review is sent back first. */
    public EditorialVerdict mayEdit(Revision revision) {
        return switch (revision.getState()) {
            case DRAFT -> EditorialVerdict.yes();
            case IN_REVIEW -> EditorialVerdict.no("This version is waiting for review. Send it back to draft to change it.");
            case APPROVED -> EditorialVerdict.no("This version is approved for publication. Send it back to draft to change it.");
            case PUBLISHED, SUPERSEDED -> EditorialVerdict.no("Published versions are kept as they were. Edit the item to start a new draft.");
        };
    }

    public EditorialVerdict maySubmit(Revision revision) {
        return revision.getState() == RevisionState.DRAFT ? EditorialVerdict.yes()
                : EditorialVerdict.no("Only a draft can be sent for review.");
    }

    /** Sending back: a reviewer returns it with a comment, or its writer withdraws it; also cancels a schedule. */
    public EditorialVerdict maySendBack(Revision revision) {
        return revision.getState() == RevisionState.IN_REVIEW || revision.getState() == RevisionState.APPROVED
                ? EditorialVerdict.yes()
                : EditorialVerdict.no("Only a version in review or approved can be sent back.");
    }

    public EditorialVerdict mayApprove(Revision revision, long reviewerId) {
        if (revision.getState() != RevisionState.IN_REVIEW) {
            return EditorialVerdict.no("Only a version in review can be approved.");
        }
        boolean own = revision.getAuthorId() == reviewerId
                || (revision.getSubmittedBy() != null && revision.getSubmittedBy() == reviewerId);
        if (twoPersonReview && own) {
            return EditorialVerdict.no("Another editor must approve this: you wrote it or sent it for review, and two-person review is on.");
        }
        return EditorialVerdict.yes();
    }

    public boolean isTwoPersonReview() {
        return twoPersonReview;
    }
}
