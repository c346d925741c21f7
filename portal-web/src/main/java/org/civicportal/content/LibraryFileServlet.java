package org.civicportal.content;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;
import java.util.Optional;
import org.civicportal.account.Role;

/**
 * Serves a library item's files ({@code /library/files/{id}/{name}}) with the type found at upload,
 * {@code nosniff}, and a {@code Content-Disposition} naming the file: images and PDFs open in the
 * browser, other documents download. A file of a draft is for editors; a file of a members-only
 * item for those who may read it.
 */
@WebServlet("/library/files/*")
public class LibraryFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    LibraryFiles files;

    @Inject
    LibraryService library;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> id = LibraryFiles.idIn(LibraryFiles.ADDRESS_PREFIX
                + (request.getPathInfo() == null ? "" : request.getPathInfo().substring(1)));
        Optional<LibraryFile> found = id.flatMap(files::find);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        LibraryFile file = found.get();
        boolean editor = request.isUserInRole(Role.Names.EDITOR) || request.isUserInRole(Role.Names.ADMIN);
        LibraryItem item = file.getItem();
        if (!editor && !item.isPublic()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean membersOnly = item.isPublic() && item.getLiveRevision().isMembersOnly();
        if (!editor && membersOnly && (request.getUserPrincipal() == null || !library.callerMayReadMembersOnly())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "For members in good standing");
            return;
        }
        boolean inline = file.isImage() || "application/pdf".equals(file.getMediaType());
        response.setContentType(file.getMediaType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", (inline ? "inline" : "attachment") + "; filename*=UTF-8''"
                + URLEncoder.encode(file.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", membersOnly || !item.isPublic() ? "private, no-cache" : "public, max-age=3600");
        byte[] content = file.getContent();
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
