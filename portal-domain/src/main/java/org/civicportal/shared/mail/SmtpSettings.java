package org.civicportal.shared.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How to reach the SMTP server, from MicroProfile Config (environment variables
 * {@code PORTAL_SMTP_HOST}, {@code PORTAL_SMTP_PORT}, {@code PORTAL_SMTP_USER},
 * {@code PORTAL_SMTP_PASSWORD}, {@code PORTAL_SMTP_STARTTLS}, {@code PORTAL_MAIL_FROM}).
 * With no host the portal keeps mail in its outbox only. With a user name, STARTTLS is required.
 */
@ApplicationScoped
public class SmtpSettings {

    @Inject
    @ConfigProperty(name = "portal.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "portal.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "portal.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "portal.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "portal.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "Civic Portal <no-reply@civicportal.example>")
    String from;

    /** True when mail should leave the portal over SMTP. */
    public boolean isConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    String from() {
        return from;
    }

    Optional<String> user() {
        return user.filter(u -> !u.isBlank());
    }

    String password() {
        return password.orElse("");
    }

    Properties sessionProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", host.orElse("localhost"));
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        properties.setProperty("mail.smtp.auth", Boolean.toString(user().isPresent()));
        // A password must never cross the network in clear: with credentials, STARTTLS is required
        // (the send fails if the server does not offer it) and the server's name is checked.
        boolean tls = startTls || user().isPresent();
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(tls));
        properties.setProperty("mail.smtp.starttls.required", Boolean.toString(user().isPresent()));
        if (tls) {
            properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        // a slow or dead server must not hold a worker thread for minutes
        properties.setProperty("mail.smtp.connectiontimeout", "10000");
        properties.setProperty("mail.smtp.timeout", "10000");
        properties.setProperty("mail.smtp.writetimeout", "10000");
        return properties;
    }
}
