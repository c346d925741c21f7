package org.civicportal.shared;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import org.civicportal.decision.Characteristic;
import org.civicportal.decision.DecisionMatrix;
import org.civicportal.decision.MatrixContent;
import org.civicportal.decision.MatrixCriterion;
import org.civicportal.decision.MatrixOption;
import org.civicportal.decision.Matrices;
import org.civicportal.events.Registrations;

/**
 * Lets {@code DownloadsIT} give the files it downloads something to hold: registrations for an
 * event, and a matrix with a grade and a score. Exists only in that test's deployment.
 */
@WebServlet("/test-downloads")
public class DownloadSeeds extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Registrations registrations;

    @Inject
    Matrices matrices;

    @Resource
    UserTransaction transaction;

    /**
     * {@code register=eventId&account=id}: the registration's status. {@code matrix=ownerId&option=…&note=…&rationale=…}:
     * a new matrix with that option, ASSET_SPECIFICITY graded 3 with the note and the option scored 4 on the first
     * criterion with the rationale; answers "matrix id|criterion name|criterion weight".
     */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain; charset=UTF-8");
        try {
            if (request.getParameter("register") != null) {
                response.getWriter().print(registrations.register(Long.parseLong(request.getParameter("account")),
                        Long.parseLong(request.getParameter("register"))).getStatus());
                return;
            }
            long owner = Long.parseLong(request.getParameter("matrix"));
            DecisionMatrix matrix = matrices.create(owner, "Fleet maintenance: share with the county?", null);
            matrices.addOption(owner, matrix.getId(), request.getParameter("option"));
            matrices.grade(owner, matrix.getId(), Characteristic.ASSET_SPECIFICITY, 3, request.getParameter("note"), null);
            transaction.begin();
            MatrixCriterion first;
            MatrixOption option;
            try {
                MatrixContent content = matrices.content(matrices.readable(owner, matrix.getId()).orElseThrow());
                first = content.criteria().get(0);
                option = content.options().get(content.options().size() - 1);
            } finally {
                transaction.commit();
            }
            matrices.score(owner, matrix.getId(), option.getId(), first.getId(), 4, request.getParameter("rationale"), null);
            response.getWriter().print(matrix.getId() + "|" + first.getName() + "|" + first.getWeight());
        } catch (Exception failed) {
            throw new IOException(failed);
        }
    }
}
