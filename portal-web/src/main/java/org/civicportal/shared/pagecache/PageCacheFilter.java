package org.civicportal.shared.pagecache;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves a public page to a visitor without a session from {@link PageCache}, or draws it, keeps it
 * and sends it. Either way the visitor gets an entity tag and {@code Cache-Control: no-cache}, so
 * their browser (or a proxy) asks again each time and gets a 304 while the page is unchanged;
 * {@code Vary: Cookie} keeps a shared proxy from handing the anonymous page to someone logged in.
 *
 * <p>Mapped in web.xml after the security headers, so a page from memory carries them too; a page
 * kept gets a nonce of its own on every visit ({@link CachedPage}).
 */
public class PageCacheFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Tells a benchmark or a test where the page came from; says nothing a visitor could use. */
    static final String SOURCE_HEADER = "X-Page-Cache";

    @Inject
    PageCache cache;

    @Inject
    PageCacheInvalidation invalidation;

    /** Every request passes here: one that wrote to the database drops the kept pages when it ends. */
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        PageCacheInvalidation.requestStarted();
        try {
            serveOrDraw(request, response, chain);
        } finally {
            invalidation.requestEnded();
        }
    }

    private void serveOrDraw(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String key = cache.isOn() && isAnonymous(request) && "GET".equals(request.getMethod())
                ? PublicPages.keyOf(request.getServletPath() + nullToEmpty(request.getPathInfo()), request.getQueryString()) : null;
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        CachedPage kept = cache.get(key);
        if (kept != null) {
            serve(kept, request, response);
            return;
        }
        long generation = cache.generation();
        PageCapture capture = new PageCapture(response);
        chain.doFilter(request, capture);
        CachedPage drawn = capture.page(request);
        if (drawn == null) {
            capture.sendAsDrawn();
            return;
        }
        cache.put(key, drawn, generation);
        validators(response, drawn);
        response.setHeader(SOURCE_HEADER, "miss");
        capture.sendAsDrawn();
    }

    private static void serve(CachedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        validators(response, page);
        response.setHeader(SOURCE_HEADER, "hit");
        if (isCurrent(request, page)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        page.writeTo(response, true);
    }

    /** The visitor's copy is the kept page: by its entity tag, or else (as HTTP orders them) by its date. */
    private static boolean isCurrent(HttpServletRequest request, CachedPage page) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return ifNoneMatch.length() <= 200 && ifNoneMatch.contains(page.entityTag());
        }
        if (page.lastModified() < 0) {
            return false;
        }
        try {
            long since = request.getDateHeader("If-Modified-Since");
            return since >= 0 && since >= page.lastModified() / 1000 * 1000;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static void validators(HttpServletResponse response, CachedPage page) {
        response.setHeader("ETag", page.entityTag());
        if (page.lastModified() >= 0) {
            response.setDateHeader("Last-Modified", page.lastModified());
        }
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Vary", "Cookie");
    }

    /** No session sent and none open, nobody logged in: the page is the same for them as for anyone. */
    private static boolean isAnonymous(HttpServletRequest request) {
        return request.getRequestedSessionId() == null && request.getSession(false) == null && request.getUserPrincipal() == null;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
