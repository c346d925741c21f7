package org.civicportal.shared;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Behind a reverse proxy (nginx in front of a cluster's nodes), every request comes from the proxy's
 * address, and the per-network limits (log-in, sign-up, password reset) would count all visitors as
 * one. When the request comes from a proxy named in {@code portal.trusted-proxies}
 * ({@code PORTAL_TRUSTED_PROXIES}: IP addresses, comma-separated; none by default), the client's
 * address is the last one in its {@code X-Forwarded-For}, the one the proxy itself added. From
 * anyone else the header is ignored: a visitor cannot choose the address they are counted under.
 */
public class ForwardedClientFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Longer than any chain of a few proxies; a longer header is not read at all. */
    static final int MAX_HEADER_LENGTH = 512;

    @Inject
    @ConfigProperty(name = "portal.trusted-proxies", defaultValue = " ")
    String trustedProxies;

    private transient Set<String> trusted;

    @Override
    public void init() {
        trusted = Arrays.stream(trustedProxies.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String client = trusted.contains(request.getRemoteAddr()) ? clientIn(request.getHeader("X-Forwarded-For")) : null;
        if (client == null) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getRemoteAddr() {
                return client;
            }

            @Override
            public String getRemoteHost() {
                return client;
            }
        }, response);
    }

    /** The last address of the header, if it is an IP address; null otherwise. */
    static String clientIn(String forwardedFor) {
        if (forwardedFor == null || forwardedFor.length() > MAX_HEADER_LENGTH) {
            return null;
        }
        String last = forwardedFor.substring(forwardedFor.lastIndexOf(',') + 1).trim();
        return isIpLiteral(last) ? last : null;
    }

    /** Four decimal parts, or hexadecimal groups with colons: never a host name to look up. */
    static boolean isIpLiteral(String text) {
        if (text.isEmpty() || text.length() > 45) {
            return false;
        }
        if (text.indexOf(':') >= 0) {
            return text.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.');
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit) || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }
}
