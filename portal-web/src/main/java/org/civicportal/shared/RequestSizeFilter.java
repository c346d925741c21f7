package org.civicportal.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Caps the size of what a client may send, before anything reads a parameter: forms are small,
 * so a request body beyond the cap is answered 413 at once instead of being read, decoded and
 * kept in memory. A form sent in chunks without a declared length cannot be judged before it is
 * read, so it is answered 411 (browsers always send the length of a form).
 *
 * <p>The cap for ordinary forms (2 MiB) leaves room for a form whose one field is a megabyte of
 * text, so that such a field still reaches the form and gets its usual message; file uploads
 * (the attendance lists) may be a little larger, as their {@code multipart-config} says.
 */
@WebFilter(filterName = "RequestSizeFilter", urlPatterns = "/*")
public class RequestSizeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The largest form body, in bytes. */
    public static final long MAX_FORM_BYTES = 2L * 1024 * 1024;

    /** The largest file upload body, in bytes: the {@code max-request-size} of the Faces servlet. */
    public static final long MAX_UPLOAD_BYTES = 2_621_440L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        // a body of unknown length, sent in chunks (with neither a length nor chunks, there is no body)
        boolean unmeasured = length < 0 && request.getHeader("Transfer-Encoding") != null;
        if (length > limit(request.getContentType())) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "What was sent is too large. Forms take at most 2 MB, file uploads 2.5 MB.");
        } else if (unmeasured) {
            refuse(response, HttpServletResponse.SC_LENGTH_REQUIRED,
                    "Send the length of the form with it.");
        } else {
            chain.doFilter(request, response);
        }
    }

    private static long limit(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")
                ? MAX_UPLOAD_BYTES : MAX_FORM_BYTES;
    }

    /** A short plain answer: no page template, no session, and the connection is closed so the body is not read. */
    static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(message);
    }
}
