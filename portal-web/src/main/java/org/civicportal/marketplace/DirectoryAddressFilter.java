package org.civicportal.marketplace;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Clean addresses for the provider directory: {@code /providers/} is the directory itself,
 * {@code /providers/{provider}} a provider's profile and {@code /providers/{provider}/{listing}} one
 * of its listings, each read here and drawn by a Faces page under {@code /providers/}. An address
 * that names nothing the directory shows (an unknown, suspended or expired one) answers 404.
 */
@WebFilter(filterName = "DirectoryAddressFilter", urlPatterns = "/providers/*")
public class DirectoryAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The request attribute holding the provider the address names, for the page. */
    static final String PROVIDER = DirectoryAddressFilter.class.getName() + ".provider";

    /** The request attribute holding the listing the address names, for the page. */
    static final String LISTING = DirectoryAddressFilter.class.getName() + ".listing";

    @Inject
    DirectoryReading directory;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        if (uri.equals("/providers")) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + "/providers/");
            return;
        }
        String path = uri.substring("/providers/".length());
        if (path.isEmpty()) {
            request.getRequestDispatcher("/providers/index.xhtml").forward(request, response);
            return;
        }
        if (path.endsWith(".xhtml")) {
            chain.doFilter(request, response); // the directory's own pages
            return;
        }
        int slash = path.indexOf('/');
        if (slash < 0) {
            Optional<ProviderOrganisation> provider = directory.provider(path);
            if (provider.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            request.setAttribute(PROVIDER, provider.get());
            request.getRequestDispatcher("/providers/provider.xhtml").forward(request, response);
            return;
        }
        Optional<DirectoryReading.Found> listing = directory.listing(path.substring(0, slash), path.substring(slash + 1));
        if (listing.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(LISTING, listing.get());
        request.getRequestDispatcher("/providers/listing.xhtml").forward(request, response);
    }
}
