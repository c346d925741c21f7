package org.civicportal.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * While the database cannot be reached, answers at once with 503, {@code Retry-After} and a page
 * that says so in plain words, instead of a stack trace and an error page. The wait is bounded
 * by the pool (a few seconds for a connection, see the db module), so a person is never left
 * hanging; one log line per failed request is enough for the operator, whose health check
 * ({@code /health}) reports the database too.
 */
@WebFilter(filterName = "DatabaseOutageFilter", urlPatterns = "/*")
public class DatabaseOutageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Seconds after which a browser or client may try again. */
    static final String RETRY_AFTER_SECONDS = "10";

    private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException | IOException failure) {
            if (!DatabaseOutage.isCauseOf(failure) || response.isCommitted()) {
                throw failure;
            }
            answerUnavailable(request, response);
        }
    }

    /**
     * The 503 answer, for this filter and for what runs before the filters (the log-in check of
     * each request, which reads the database too).
     */
    public static void answerUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LOG.warning(() -> "Database out of reach; answered 503 to " + request.getMethod() + " " + request.getRequestURI());
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        try (InputStream page = request.getServletContext().getResourceAsStream("/WEB-INF/database-unavailable.html")) {
            String html = page == null ? "We cannot reach our database. Please try again in a moment."
                    : new String(page.readAllBytes(), StandardCharsets.UTF_8).replace("{home}", request.getContextPath() + "/");
            response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
        }
    }
}
