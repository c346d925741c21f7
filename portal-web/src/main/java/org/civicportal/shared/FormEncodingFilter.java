package org.civicportal.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads every form as UTF-8, the encoding of every page the portal sends, before anything reads a
 * parameter. Faces sets the encoding itself, but only once the view is restored, and PrimeFaces'
 * CSP check reads the parameters before that: the fields were then decoded as ISO-8859-1 ("José"
 * arrived as "JosÃ©") and every post logged a warning. Mapped first in {@code web.xml}.
 */
public class FormEncodingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        chain.doFilter(request, response);
    }
}
