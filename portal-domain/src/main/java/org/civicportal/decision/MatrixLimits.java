package org.civicportal.decision;

import java.time.Duration;

/**
 * How far a matrix and its dialogue may grow, so that one member cannot flood inboxes or build a
 * results page and report too large to serve. Each refusal says which limit was reached.
 */
public final class MatrixLimits {

    /** Options in one matrix. The results page and the report grow with options × criteria. */
    public static final int MAX_OPTIONS = 12;

    /** Criteria in one matrix (and default criteria a new matrix starts with). */
    public static final int MAX_CRITERIA = 20;

    /** People invited to one matrix's dialogue. */
    public static final int MAX_PARTICIPANTS = 50;

    /** Invitation mails, first links and new links together, one owner may send in {@link #INVITATION_WINDOW}. */
    public static final int MAX_INVITATIONS_PER_WINDOW = 100;

    /** The window the invitations above are counted in: the last 24 hours, whatever the calendar day. */
    public static final Duration INVITATION_WINDOW = Duration.ofHours(24);

    /** A participant is sent a new link at most this often, as sign-up spaces its confirmation links. */
    public static final Duration RESEND_INTERVAL = Duration.ofMinutes(5);

    private MatrixLimits() {
    }
}
