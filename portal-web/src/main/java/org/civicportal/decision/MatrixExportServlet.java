package org.civicportal.decision;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.civicportal.shared.Csv;
import org.civicportal.shared.Downloads;

/**
 * A matrix the logged-in person may read, as CSV ({@code ?id=…}): one row per grade and per
 * score, with the weight and the reason, for a spreadsheet of one's own.
 */
@WebServlet("/decision/export")
public class MatrixExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    DecisionService decisions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MatrixContent content = Downloads.find(request, "id", decisions::open, response).orElse(null);
        if (content == null) {
            return;
        }
        Csv csv = Csv.download(response, "matrix-" + content.matrix().getId() + ".csv");
        csv.row("Part", "Characteristic or option", "Criterion", "Weight", "Grade or score", "Why");
        for (ReadinessCharacteristic c : content.characteristics()) {
            MatrixGrade grade = content.grade(c.getCode()).orElse(null);
            csv.row("Readiness (" + (c.isService() ? "service" : "community") + ")", c.getName(), null, null,
                    grade == null ? null : grade.getGrade(), grade == null ? null : grade.getNote());
        }
        for (MatrixCriterion criterion : content.criteria()) {
            for (MatrixOption option : content.options()) {
                MatrixScore score = content.score(option.getId(), criterion.getId()).orElse(null);
                csv.row("Options", option.getName(), criterion.getName(), criterion.getWeight(),
                        score == null ? null : score.getScore(), score == null ? null : score.getRationale());
            }
        }
        csv.finish();
    }
}
