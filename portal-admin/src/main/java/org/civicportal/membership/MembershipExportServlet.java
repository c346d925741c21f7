package org.civicportal.membership;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.civicportal.shared.CivilCalendar;
import org.civicportal.shared.Csv;

/**
 * CSV exports for administrators: {@code ?what=members} or {@code ?what=payments} (the last twelve
 * months). Under {@code /admin}, so only administrators reach it; the reports service checks again.
 */
@WebServlet("/admin/membership/export")
public class MembershipExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    MembershipReports reports;

    @Inject
    CivilCalendar calendar;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String what = request.getParameter("what");
        if (!"members".equals(what) && !"payments".equals(what)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        LocalDate today = calendar.today();
        Csv csv = Csv.download(response, what + "-" + today + ".csv");
        if ("members".equals(what)) {
            csv.row("Name", "Email", "Local government", "State or province", "Country", "Population",
                    "Position", "Category", "Status", "Paid from", "Paid through");
            for (Membership m : reports.memberships()) {
                var person = m.getAccount();
                csv.row(person.getFullName(), person.getEmail(), person.getJurisdiction().getName(),
                        person.getJurisdiction().getRegion(), person.getJurisdiction().getCountry(),
                        person.getJurisdiction().getPopulation(), person.getPositionType().getLabel(),
                        m.getCategory().getName(), m.standing().on(today).getLabel(), m.getPaidFrom(), m.getPaidThrough());
            }
        } else {
            csv.row("Received on", "Invoice", "Member", "Email", "Category", "Amount", "Currency", "Method", "Reference");
            for (Payment p : reports.payments(today.minusYears(1), today)) {
                Invoice invoice = p.getInvoice();
                csv.row(p.getReceivedOn(), invoice.getNumber(), invoice.getMembership().getAccount().getFullName(),
                        invoice.getMembership().getAccount().getEmail(), invoice.getCategoryName(), p.getAmount(),
                        invoice.totalDue().currency().getCurrencyCode(), p.getMethod().getLabel(), p.getReference());
            }
        }
        csv.finish();
    }
}
