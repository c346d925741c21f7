package org.civicportal.content;

/** May an editor take a step on a revision, and if not, why (in words for the editor). */
public record EditorialVerdict(boolean allowed, String reason) {

    static EditorialVerdict yes() {
        return new EditorialVerdict(true, null);
    }

    static EditorialVerdict no(String reason) {
        return new EditorialVerdict(false, reason);
    }
}
