package org.civicportal.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Refuses form submissions that arrive by any method but POST, before Faces sees them.
 *
 * <p>Faces treats every request that carries {@code jakarta.faces.ViewState} as a postback, GET
 * included, and a stateless view accepts the value {@code stateless}; so without this filter a
 * plain link on any site could log a visitor into someone else's account or change a
 * registration, and no Origin check would see it (a GET is "safe"). A real form always posts, so
 * a query string carrying Faces' postback parameters is answered 400. Query-string parameters of
 * a non-POST request are read here without touching any body.
 */
@WebFilter(filterName = "PostbackMethodFilter", urlPatterns = "/*")
public class PostbackMethodFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The parameters that make Faces (or PrimeFaces) treat a request as a form submission. */
    static final List<String> POSTBACK_PARAMETERS = List.of(
            "jakarta.faces.ViewState", "jakarta.faces.partial.ajax", "jakarta.faces.partial.execute",
            "jakarta.faces.source", "jakarta.faces.behavior.event", "javax.faces.ViewState");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod()) && carriesPostback(request)) {
            RequestSizeFilter.refuse(response, HttpServletResponse.SC_BAD_REQUEST,
                    "Forms are sent with the buttons on the portal's pages, never through a link.");
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean carriesPostback(HttpServletRequest request) {
        if (request.getQueryString() == null) {
            return false;
        }
        for (String name : POSTBACK_PARAMETERS) {
            if (request.getParameter(name) != null) {
                return true;
            }
        }
        return false;
    }
}
