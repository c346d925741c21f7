package org.civicportal.marketplace;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.civicportal.shared.Downloads;

/**
 * A file of a request or a proposal ({@code marketplace/files?id=…}), only to the request's member
 * and the people of the providers who may see it; anyone else, and any unknown id, gets "not found".
 * Served under the type found at upload, with {@code nosniff}, always as a download, never cached
 * by shared caches.
 */
@WebServlet("/marketplace/files")
public class RequestFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    AssistanceRequestService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RequestAttachment file = Downloads.find(request, "id", service::file, response).orElse(null);
        if (file == null) {
            return;
        }
        byte[] content = file.getContent();
        response.setContentType(file.getMediaType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
