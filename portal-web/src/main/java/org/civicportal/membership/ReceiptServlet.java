package org.civicportal.membership;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.civicportal.shared.Downloads;
import org.civicportal.shared.PortalSettings;

/**
 * The PDF receipt of one of the logged-in member's paid invoices. Someone else's invoice, or an
 * unpaid one, is "not found": the answer does not even confirm that it exists.
 */
@WebServlet("/membership/receipt")
public class ReceiptServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    MembershipService memberships;

    @Inject
    PortalSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Receipt receipt = Downloads.find(request, "invoice", id -> Optional.ofNullable(memberships.myReceipt(id)), response).orElse(null);
        if (receipt == null) {
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"receipt-" + receipt.invoice().getNumber() + ".pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        ReceiptPdf.write(receipt, settings.portalName(), settings.zone(), response.getOutputStream());
    }
}
