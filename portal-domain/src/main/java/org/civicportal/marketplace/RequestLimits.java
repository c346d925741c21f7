package org.civicportal.marketplace;

import java.time.Duration;

/**
 * How far requests and their conversations may grow, so that nobody floods providers' or members'
 * inboxes through the marketplace. Each refusal says which limit was reached. The number of
 * requests a member may send a day is a setting ({@link RequestSettings}).
 */
public final class RequestLimits {

    /** Providers one request is addressed to. */
    public static final int MAX_PROVIDERS = 5;

    /** Files attached to one request (the matrix report counts as one). */
    public static final int MAX_ATTACHMENTS = 3;

    /** The largest file attached to a request or a proposal: uploads through the pages stop at 2 MB too. */
    public static final long MAX_ATTACHMENT_BYTES = 2L * 1024 * 1024;

    /** Messages, both ways, in one provider's conversation about a request. */
    public static final int MAX_MESSAGES_PER_CONVERSATION = 40;

    /** Proposals (a first one and its revisions) one provider sends for one request. */
    public static final int MAX_PROPOSALS = 3;

    /** Mails about new messages in one conversation go to the same side at most this often. */
    public static final Duration MAIL_SPACING = Duration.ofMinutes(10);

    /** Mails announcing new requests one organisation's people get in {@link #ARRIVAL_WINDOW}. */
    public static final int MAX_ARRIVAL_MAILS = 10;

    public static final Duration ARRIVAL_WINDOW = Duration.ofHours(1);

    /** Working days (Monday to Friday) a provider has to answer before it is reminded, once. */
    public static final int REMINDER_AFTER_WORKING_DAYS = 5;

    private RequestLimits() {
    }
}
