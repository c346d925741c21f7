package org.civicportal.shared.mail;

/**
 * A text file sent with a message, e.g. a calendar invitation.
 *
 * @param name        the file name the recipient sees, e.g. "event-42.ics"
 * @param contentType e.g. "text/calendar; method=REQUEST"
 * @param content     the file's text
 */
public record Attachment(String name, String contentType, String content) {
}
