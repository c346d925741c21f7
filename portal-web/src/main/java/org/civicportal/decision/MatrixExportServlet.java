package org.civicportal.decision;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
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
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"matrix-" + content.matrix().getId() + ".csv\"");
        response.setHeader("Cache-Control", "private, no-store");
        Writer out = response.getWriter();
        out.write('\ufeff'); // lets spreadsheet programs recognise UTF-8
        Csv.row(out, List.of("Part", "Characteristic or option", "Criterion", "Weight", "Grade or score", "Why"));
        for (ReadinessCharacteristic c : content.characteristics()) {
            MatrixGrade grade = content.grade(c.getCode()).orElse(null);
            Csv.row(out, List.of("Readiness (" + (c.isService() ? "service" : "community") + ")", c.getName(), "", "",
                    grade == null ? "" : grade.getGrade(), grade == null || grade.getNote() == null ? "" : grade.getNote()));
        }
        for (MatrixCriterion criterion : content.criteria()) {
            for (MatrixOption option : content.options()) {
                MatrixScore score = content.score(option.getId(), criterion.getId()).orElse(null);
                Csv.row(out, List.of("Options", option.getName(), criterion.getName(), criterion.getWeight(),
                        score == null ? "" : score.getScore(), score == null || score.getRationale() == null ? "" : score.getRationale()));
            }
        }
        out.flush();
    }
}
