package org.civicportal.content;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.civicportal.shared.PortalSettings;

/**
 * {@code /robots.txt}: robots may read everything public but the administration and the
 * account pages, and are told where the sitemap is. Written here rather than kept as a file
 * because the sitemap's line must be an absolute address, the portal's configured one.
 */
@WebServlet("/robots.txt")
public class RobotsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.getWriter().print(text(settings));
    }

    /** The file's text: paths below the portal's own address, in case it is not served at a host's root. */
    static String text(PortalSettings settings) {
        String root = settings.baseUrl().getRawPath();
        if (root == null || root.isEmpty()) {
            root = "/";
        }
        return "User-agent: *\n"
                + "Allow: /\n"
                + "Disallow: " + root + "admin/\n"
                + "Disallow: " + root + "account/\n"
                + "\n"
                + "Sitemap: " + settings.link("sitemap.xml") + "\n";
    }
}
