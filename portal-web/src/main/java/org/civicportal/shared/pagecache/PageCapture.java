package org.civicportal.shared.pagecache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Holds a page's body while it is drawn, so that it can be kept before it is sent. Headers and
 * status pass straight to the real response; anything that makes the page personal or unusual (a
 * cookie, a redirect, an error, a status other than 200) only marks it as not to be kept.
 */
final class PageCapture extends HttpServletResponseWrapper {

    /** Larger pages are sent but not kept. */
    private static final int MAX_KEPT_BYTES = 512 * 1024;

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private int status = SC_OK;
    private boolean personal;
    private String scriptPolicy;
    private long lastModified = -1;

    PageCapture(HttpServletResponse response) {
        super(response);
    }

    /** The page to keep, or null if it must not be kept. */
    CachedPage page(HttpServletRequest request) {
        if (writer != null) {
            writer.flush();
        }
        String type = getContentType();
        if (personal || status != SC_OK || request.getSession(false) != null || type == null || !type.startsWith("text/html")
                || body.size() > MAX_KEPT_BYTES) {
            return null;
        }
        return CachedPage.of(type, body.toByteArray(), CachedPage.nonceIn(scriptPolicy), scriptPolicy, lastModified);
    }

    /** Sends the body as it was drawn (unless an error or a redirect already answered). */
    void sendAsDrawn() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        HttpServletResponse real = (HttpServletResponse) getResponse();
        if (body.size() > 0 && !real.isCommitted()) {
            real.setContentLength(body.size());
            body.writeTo(real.getOutputStream());
        }
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("pages are drawn with blocking output");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void setStatus(int code) {
        status = code;
        super.setStatus(code);
    }

    @Override
    public void sendError(int code, String message) throws IOException {
        status = code;
        super.sendError(code, message);
    }

    @Override
    public void sendError(int code) throws IOException {
        status = code;
        super.sendError(code);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        status = SC_FOUND;
        super.sendRedirect(location);
    }

    /** A date the drawing page gave (a library item's last change): kept, so a kept page answers If-Modified-Since too. */
    @Override
    public void setDateHeader(String name, long date) {
        if ("Last-Modified".equalsIgnoreCase(name)) {
            lastModified = date;
        }
        super.setDateHeader(name, date);
    }

    @Override
    public void addCookie(Cookie cookie) {
        personal = true;
        super.addCookie(cookie);
    }

    @Override
    public void setHeader(String name, String value) {
        note(name, value);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        note(name, value);
        super.addHeader(name, value);
    }

    private void note(String name, String value) {
        if ("Set-Cookie".equalsIgnoreCase(name)) {
            personal = true;
        } else if ("Content-Security-Policy".equalsIgnoreCase(name) && value != null && value.contains("'nonce-")) {
            scriptPolicy = value;
        }
    }

    /** The length is set once the whole body is known. */
    @Override
    public void setContentLength(int length) {
        // the body is held here; its length is sent with it
    }

    @Override
    public void setContentLengthLong(long length) {
        // as above
    }

    @Override
    public void flushBuffer() {
        // nothing leaves before the page is complete
    }

    @Override
    public void resetBuffer() {
        body.reset();
        super.resetBuffer();
    }

    @Override
    public void reset() {
        body.reset();
        scriptPolicy = null;
        status = SC_OK;
        super.reset();
    }
}
