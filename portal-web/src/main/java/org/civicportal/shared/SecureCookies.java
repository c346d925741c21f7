package org.civicportal.shared;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.net.URI;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie {@code Secure} when people reach the portal over HTTPS (its base URL
 * says so), so that a log-in never travels over plain HTTP, even behind a proxy that ends TLS and
 * talks HTTP to the portal. Over plain HTTP (the zero-setup run) the flag would make browsers drop
 * the cookie, so it is left off there.
 */
@WebListener
public class SecureCookies implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SecureCookies.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String baseUrl = ConfigProvider.getConfig().getOptionalValue("portal.base-url", String.class).orElse("http://localhost:8080/");
        if (isHttps(baseUrl)) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
            LOG.info("The session cookie is sent over HTTPS only.");
        }
    }

    static boolean isHttps(String baseUrl) {
        try {
            return "https".equalsIgnoreCase(URI.create(baseUrl.strip()).getScheme());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
