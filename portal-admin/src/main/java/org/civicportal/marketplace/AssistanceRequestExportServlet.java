package org.civicportal.marketplace;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.civicportal.shared.CivilCalendar;
import org.civicportal.shared.Csv;

/**
 * Every request as CSV, one row per provider asked (so response times can be worked on): under
 * {@code /admin}, so only administrators reach it, and the administrators' door checks again. Text
 * people typed (titles, reasons, feedback) is neutralised against formulas by {@link Csv}.
 */
@WebServlet("/admin/marketplace/requests-export")
public class AssistanceRequestExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    @Inject
    AssistanceRequestAdministration administration;

    @Inject
    CivilCalendar calendar;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Csv csv = Csv.download(response, "assistance-requests-" + calendar.today() + ".csv");
        csv.row("Request", "Sent", "Title", "Member", "Local government", "State or province", "Country", "Population", "Service",
                "Budget", "Status", "Provider", "Provider's answer", "Read", "First answer", "Hours to first answer", "Shortlisted",
                "Decline reason", "Chosen", "Feedback");
        for (AssistanceRequest r : administration.requests()) {
            for (RequestAddressee a : r.getAddressees()) {
                Duration first = a.timeToFirstAnswer();
                csv.row(r.getId(), when(r.getSentAt()), r.getTitle(), r.getRequester().getFullName(), r.getJurisdiction().getName(),
                        r.getJurisdiction().getRegion(), r.getJurisdiction().getCountry(), r.getJurisdiction().getPopulation(),
                        r.getServiceArea().getPath(), r.getBudgetRange().getLabel(), r.getStatus().getLabel(), a.getOrganisation().getName(),
                        a.getState().getLabel(), when(a.getReadAt()), when(a.getFirstAnswerAt()),
                        first == null ? null : first.toMinutes() / 60, a.isShortlisted() ? "yes" : "no", a.getDeclineReason(),
                        r.getChosenProvider() != null && r.getChosenProvider().getId().equals(a.getOrganisation().getId()) ? "yes" : "no",
                        r.getFeedback());
            }
        }
        csv.finish();
    }

    private String when(Instant instant) {
        return instant == null ? null : WHEN.format(instant.atZone(calendar.zone()));
    }
}
