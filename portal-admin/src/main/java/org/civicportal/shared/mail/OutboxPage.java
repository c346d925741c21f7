package org.civicportal.shared.mail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.civicportal.shared.PagedList;

/** The mail outbox for administrators ({@code admin/mail/outbox.xhtml}). */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Inject
    OutboxQueries outbox;

    private String recipient;

    private final PagedList<OutboundMail> messages = new PagedList<>(
            (first, pageSize) -> outbox.newestFirst(recipient, first, pageSize),
            () -> outbox.count(recipient),
            OutboundMail::getId);

    /** Applies the filter; the table reloads. */
    public void search() {
        // the table's next load reads the filter
    }

    public String format(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    public PagedList<OutboundMail> getMessages() {
        return messages;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }
}
