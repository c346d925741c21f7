package org.civicportal.shared;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Response headers every page gets. The referrer policy matters most here: mailed links carry
 * single-use tokens, which must not leak to other sites through the Referer header.
 *
 * <p>The Content-Security-Policy sent here has no {@code script-src}: on pages PrimeFaces adds a
 * second policy, {@code script-src 'self' 'nonce-…'}, with a nonce fresh for each response
 * ({@code primefaces.CSP} in web.xml). A browser enforces both policies, so an injected script
 * without the nonce is refused while our own scripts run. Files (PDF, CSV, calendar) carry no
 * script at all and get {@code script-src 'none'}. (No {@code default-src} here: it would stand in
 * for {@code script-src} in this policy and refuse the nonced scripts.)
 *
 * <p>It also runs when a clean address (a library item, the provider directory) is forwarded to the
 * Faces page that draws it: the order of annotated filters is not defined, so the filter that
 * forwards may run before this one on the original request, which then never reaches it.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The directives every response carries. */
    static final String BASE_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    /** One year, the value HSTS preload lists ask for. */
    static final String STRICT_TRANSPORT = "max-age=31536000; includeSubDomains";

    @Inject
    PortalSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Content-Security-Policy", isPage(request) ? BASE_POLICY : BASE_POLICY + "; script-src 'none'");
        if ("https".equalsIgnoreCase(settings.baseUrl().getScheme())) {
            // only when people reach the portal over HTTPS: a browser told this over plain HTTP would ignore it anyway
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT);
        }
        chain.doFilter(request, response);
    }

    /**
     * Faces pages and their resources, the library's items and the provider directory's addresses among
     * them (their clean addresses are drawn by a Faces page); everything else the portal serves is a file, a feed or a redirect.
     */
    static boolean isPage(HttpServletRequest request) {
        String path = request.getServletPath();
        return path == null || path.isEmpty() || path.endsWith("/") || path.endsWith(".xhtml") || isLibraryItem(path)
                || path.startsWith("/providers/");
    }

    private static boolean isLibraryItem(String path) {
        return path.startsWith("/library/") && path.indexOf('/', "/library/".length()) > 0 && !path.startsWith("/library/files/");
    }
}
