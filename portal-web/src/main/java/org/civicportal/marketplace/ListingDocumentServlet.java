package org.civicportal.marketplace;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.civicportal.account.Role;

/**
 * Serves a listing's documents ({@code /listing-documents/{id}/{name}}) under the type found from
 * their content at upload, with {@code nosniff} and a {@code Content-Disposition} naming the file
 * (PDFs open in the browser, office files download). Anyone may read a document of a listing the
 * directory shows; one not shown (a pending change's) only its provider's people and administrators.
 * Any other request answers 404, as for a document that does not exist.
 */
@WebServlet("/listing-documents/*")
public class ListingDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    DirectoryReading directory;

    @Inject
    ListingService providers;

    @Inject
    ListingModeration moderation;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> id = idIn(request.getPathInfo());
        Optional<ListingDocument> found = id.flatMap(directory::publicDocument);
        boolean shown = found.isPresent();
        if (!shown && id.isPresent() && request.isUserInRole(Role.Names.ADMIN)) {
            found = moderation.document(id.get());
        } else if (!shown && id.isPresent() && request.isUserInRole(Role.Names.PROVIDER)) {
            found = providers.document(id.get());
        }
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ListingDocument document = found.get();
        response.setContentType(document.getMediaType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", (document.isInline() ? "inline" : "attachment") + "; filename*=UTF-8''"
                + URLEncoder.encode(document.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", shown ? "public, max-age=3600" : "private, no-cache");
        byte[] content = document.getContent();
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    /** The id in {@code /12/brochure.pdf}: digits only, at most 12 of them. */
    static Optional<Long> idIn(String pathInfo) {
        if (pathInfo == null || pathInfo.length() < 2) {
            return Optional.empty();
        }
        int end = pathInfo.indexOf('/', 1);
        String digits = pathInfo.substring(1, end < 0 ? pathInfo.length() : end);
        if (digits.isEmpty() || digits.length() > 12) {
            return Optional.empty();
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return Optional.empty();
            }
        }
        return Optional.of(Long.parseLong(digits));
    }
}
