package org.civicportal.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * Refuses state-changing requests sent from another site (cross-site request forgery).
 *
 * <p>Stateful Faces views carry a view-state token, but public forms (sign-up, log-in) are
 * stateless so that visiting them creates no session, and log-out is a plain form. Browsers send
 * {@code Origin} (or at least {@code Referer}) with every POST, so comparing it with the
 * {@code Host} the browser addressed protects all of them in one place, as OWASP recommends.
 */
@WebFilter(filterName = "SameOriginFilter", urlPatterns = "/*")
public class SameOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod()) || isSameOrigin(request)) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN,
                    "This form was sent from another site, so it was refused.");
        }
    }

    static boolean isSameOrigin(HttpServletRequest request) {
        String host = request.getHeader("Host");
        String source = request.getHeader("Origin");
        if (source == null || "null".equals(source)) {
            source = request.getHeader("Referer");
        }
        if (host == null || source == null) {
            return false;
        }
        try {
            URI uri = URI.create(source.trim());
            String authority = uri.getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host.trim());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
