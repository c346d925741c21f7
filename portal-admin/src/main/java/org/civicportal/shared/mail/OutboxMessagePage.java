package org.civicportal.shared.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** One message of the outbox ({@code admin/mail/message.xhtml}). */
@Named
@RequestScoped
public class OutboxMessagePage {

    @Inject
    OutboxQueries outbox;

    private Long id;
    private OutboundMail mail;

    public void load() {
        mail = id == null ? null : outbox.find(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OutboundMail getMail() {
        return mail;
    }
}
