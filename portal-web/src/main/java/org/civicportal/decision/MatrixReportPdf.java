package org.civicportal.decision;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.civicportal.shared.FlowingPdf;
import org.civicportal.shared.ReadableDates;

/**
 * The matrix as a report to hand to a council: the question, readiness with its chart and the
 * partner outlook, the ranking with its arithmetic, how firm the lead is, and every score with
 * the reason written for it.
 */
public final class MatrixReportPdf {


    private MatrixReportPdf() {
    }

    public static void write(MatrixContent content, String associationName, ZoneId associationZone, OutputStream out) throws IOException {
        DecisionMatrix matrix = content.matrix();
        MatrixResults results = MatrixResults.of(content);
        try (FlowingPdf pdf = new FlowingPdf(matrix.getTitle(), associationName)) {
            pdf.paragraph(associationName + " - decision matrix");
            pdf.title(matrix.getTitle());
            pdf.paragraph((matrix.getServiceArea() == null ? "" : matrix.getServiceArea().getPath() + ". ")
                    + (matrix.isFinal() ? "Final, agreed on " + ReadableDates.DAY.withZone(associationZone).format(matrix.getFinalisedAt()) + "."
                    : "Working draft of " + ReadableDates.DAY.withZone(associationZone).format(matrix.getUpdatedAt()) + ": the values may still change."));
            if (matrix.getContext() != null) {
                pdf.paragraph(matrix.getContext());
            }

            pdf.heading("1. Readiness for a collaborative arrangement");
            if (!results.isReadinessComplete()) {
                pdf.paragraph(content.ungraded() + " of the fourteen characteristics are not graded yet.");
            } else {
                Readiness readiness = results.getReadiness();
                pdf.paragraph("Service score " + readiness.serviceScore() + " of 21; community score " + readiness.communityScore()
                        + " of 21. A score of 14 or more (an average grade of 2) counts as favourable.");
                pdf.drawing(170, (canvas, x, y) -> chart(canvas, x, y, results));
                pdf.strong(readiness.quadrant().title());
                pdf.paragraph(readiness.quadrant().reading());
                for (Readiness.PartnerOutlook partner : readiness.partners()) {
                    pdf.bullet(partner.partnerType() + ": " + (partner.plausible() ? "plausible. " : "unlikely. ")
                            + String.join(" ", partner.reasons()));
                }
                pdf.strong("Grades");
                for (ReadinessCharacteristic c : content.characteristics()) {
                    MatrixGrade grade = content.grade(c.getCode()).orElseThrow();
                    pdf.bullet(c.getName() + ": " + grade.getGrade() + " - " + c.guidance(grade.getGrade())
                            + (grade.getNote() == null ? "" : " Why: " + grade.getNote()));
                }
            }

            pdf.heading("2. Comparison of delivery options");
            if (!results.isScoringComplete()) {
                pdf.paragraph(results.getScoringProblem());
            } else {
                pdf.strong(results.getVerdict());
                for (MatrixResults.Ranked ranked : results.getRanking()) {
                    pdf.bullet(ranked.place() + (ranked.tied() ? " (tie)" : "") + ". " + ranked.option() + ": " + ranked.total()
                            + "   " + ranked.arithmetic());
                }
                pdf.strong("How firm is the lead? Each weight moved on its own:");
                results.getWeightFindings().forEach(finding -> bullet(pdf, finding));
                if (!results.getScoreFindings().isEmpty()) {
                    pdf.strong("The smallest single score changes that would change the leader:");
                    results.getScoreFindings().forEach(finding -> bullet(pdf, finding));
                }
            }

            pdf.heading("3. Criteria, weights and scores with their reasons");
            for (MatrixCriterion criterion : content.criteria()) {
                pdf.strong(criterion.getName() + " (weight " + criterion.getWeight() + ")"
                        + (criterion.getDescription() == null ? "" : ": " + criterion.getDescription()));
                for (MatrixOption option : content.options()) {
                    String scored = content.score(option.getId(), criterion.getId())
                            .map(s -> s.getScore() + (s.getRationale() == null ? "" : " - " + s.getRationale()))
                            .orElse("not scored");
                    pdf.bullet(option.getName() + ": " + scored);
                }
            }
            pdf.save(out);
        }
    }

    private static void bullet(FlowingPdf pdf, String text) {
        try {
            pdf.bullet(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The 2x2 readiness chart: 150 points square, the favourable quarter shaded, the point placed. */
    private static void chart(org.apache.pdfbox.pdmodel.PDPageContentStream canvas, float x, float y, MatrixResults results)
            throws IOException {
        float size = 150;
        float left = x + 20;
        float bottom = y + 10;
        float mid = size * results.getMidline() / 300f;
        canvas.setNonStrokingColor(new Color(0xE3, 0xF1, 0xE6));
        canvas.addRect(left + mid, bottom + mid, size - mid, size - mid);
        canvas.fill();
        canvas.setStrokingColor(Color.DARK_GRAY);
        canvas.addRect(left, bottom, size, size);
        canvas.moveTo(left + mid, bottom);
        canvas.lineTo(left + mid, bottom + size);
        canvas.moveTo(left, bottom + mid);
        canvas.lineTo(left + size, bottom + mid);
        canvas.stroke();
        float px = left + size * results.getPointX() / 300f;
        float py = bottom + size - size * results.getPointY() / 300f;
        canvas.setNonStrokingColor(new Color(0x0B, 0x4F, 0x71));
        canvas.addRect(px - 4, py - 4, 8, 8);
        canvas.fill();
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        canvas.setNonStrokingColor(Color.BLACK);
        label(canvas, font, left + size + 10, bottom + size - 10, "Good candidate (top right)");
        label(canvas, font, left + size + 10, bottom + 4, "Across: service score; up: community score");
    }

    private static void label(org.apache.pdfbox.pdmodel.PDPageContentStream canvas, PDType1Font font, float x, float y, String text)
            throws IOException {
        canvas.beginText();
        canvas.setFont(font, 9);
        canvas.newLineAtOffset(x, y);
        canvas.showText(text);
        canvas.endText();
    }
}
