package org.civicportal.marketplace;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.civicportal.account.AccountSeeding;
import org.civicportal.decision.Characteristic;
import org.civicportal.decision.Matrices;

/**
 * Lets a browser journey about requests set up what it starts from: an approved provider of the test
 * service in Oregon acting through an existing account ({@code provider=Name&person=email}, answers
 * its id), and a member's matrix of that service with every characteristic graded
 * ({@code matrix=email}, answers its id); the name of that service ({@code service=name}) or its path
 * ({@code service=path}), as forms show them. Exists only in test deployments.
 */
@WebServlet("/test-requests")
public class RequestTestServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestTestProviders providers;

    @Inject
    AccountSeeding accounts;

    @Inject
    Matrices matrices;

    /** Calls the servlet from a journey; returns its answer. */
    static String call(java.net.URL base, String query) throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "test-requests?" + query)).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("test-requests?" + query + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().trim();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        if (request.getParameter("provider") != null) {
            long organisation = providers.approved(request.getParameter("provider"));
            providers.addPerson(organisation, accounts.idOf(request.getParameter("person")).orElseThrow());
            response.getWriter().print(organisation);
            return;
        }
        if (request.getParameter("service") != null) {
            response.getWriter().print("path".equals(request.getParameter("service")) ? providers.service().getPath() : providers.service().getName());
            return;
        }
        long owner = accounts.idOf(request.getParameter("matrix")).orElseThrow();
        long matrix = matrices.create(owner, "Fleet maintenance: share a garage with the county?", providers.service().getId()).getId();
        for (Characteristic characteristic : Characteristic.values()) {
            matrices.grade(owner, matrix, characteristic, characteristic.group() == Characteristic.Group.SERVICE ? 3 : 2, null, null);
        }
        response.getWriter().print(matrix);
    }
}
