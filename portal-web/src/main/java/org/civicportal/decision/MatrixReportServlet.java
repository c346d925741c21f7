package org.civicportal.decision;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.civicportal.shared.Downloads;
import org.civicportal.shared.PortalSettings;

/** The PDF report of a matrix the logged-in person may read ({@code ?id=…}); anything else is "not found". */
@WebServlet("/decision/report")
public class MatrixReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    DecisionService decisions;

    @Inject
    PortalSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MatrixContent content = Downloads.find(request, "id", decisions::open, response).orElse(null);
        if (content == null) {
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"matrix-" + content.matrix().getId() + ".pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        MatrixReportPdf.write(content, settings.portalName(), settings.zone(), response.getOutputStream());
    }
}
