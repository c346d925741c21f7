package org.civicportal.testing;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server in the test JVM (GreenMail) that the portal under test sends to, on the port
 * the build gives it ({@code test.smtp.port}), and ways to read what arrived.
 */
public final class Mailbox {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_%-]+)");

    private Mailbox() {
    }

    /** A GreenMail SMTP server living as long as the test class. */
    public static GreenMailExtension smtpServer() {
        int port = Integer.getInteger("test.smtp.port", 3025);
        return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(false);
    }

    /** Waits for a message to the address whose subject contains the text, and returns it. */
    public static MimeMessage awaitMessage(GreenMailExtension server, String recipient, String subjectContains) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> found = Arrays.stream(server.getReceivedMessages())
                    .filter(m -> isFor(m, recipient) && subject(m).contains(subjectContains))
                    .toList();
            if (!found.isEmpty()) {
                return found.get(found.size() - 1);
            }
            server.waitForIncomingEmail(1000, server.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No mail \"" + subjectContains + "\" reached " + recipient);
    }

    /** The single-use token in the link of a message. */
    public static String token(MimeMessage message) {
        String body = text(message);
        Matcher matcher = TOKEN.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No link in: " + body);
        }
        return URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
    }

    /** The text of the message's attached file of the given type (e.g. "text/calendar"), or null. */
    public static String attachment(MimeMessage message, String contentType) {
        try {
            if (message.getContent() instanceof jakarta.mail.Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    jakarta.mail.BodyPart part = parts.getBodyPart(i);
                    if (part.isMimeType(contentType)) {
                        return new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    }
                }
            }
            return null;
        } catch (MessagingException | java.io.IOException e) {
            throw new AssertionError("Unreadable message", e);
        }
    }

    /** The decoded text of a plain-text message (the first part of one with attachments). */
    public static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof jakarta.mail.Multipart parts) {
                return parts.getBodyPart(0).getContent().toString();
            }
            return content.toString();
        } catch (MessagingException | java.io.IOException e) {
            return GreenMailUtil.getBody(message);
        }
    }

    private static boolean isFor(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }
}
