package org.civicportal.shared.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {

    private static SmtpSettings settings(String user, boolean startTls) {
        SmtpSettings settings = new SmtpSettings();
        settings.host = Optional.of("smtp.example.org");
        settings.port = 587;
        settings.user = Optional.ofNullable(user);
        settings.password = Optional.of("secret");
        settings.startTls = startTls;
        return settings;
    }

    @Test
    void credentialsNeverGoInClearStartTlsIsRequiredWhateverTheFlagSays() {
        Properties properties = settings("mailer", false).sessionProperties();
        assertEquals("true", properties.getProperty("mail.smtp.auth"));
        assertEquals("true", properties.getProperty("mail.smtp.starttls.enable"));
        assertEquals("true", properties.getProperty("mail.smtp.starttls.required"));
        assertEquals("true", properties.getProperty("mail.smtp.ssl.checkserveridentity"));
    }

    @Test
    void withoutCredentialsStartTlsFollowsTheSetting() {
        assertEquals("false", settings(null, false).sessionProperties().getProperty("mail.smtp.starttls.enable"));
        assertEquals("false", settings(null, false).sessionProperties().getProperty("mail.smtp.starttls.required"));
        assertEquals("true", settings(" ", true).sessionProperties().getProperty("mail.smtp.starttls.enable"));
    }
}
