package org.civicportal.marketplace;

import java.util.List;
import java.util.stream.Collectors;
import org.civicportal.decision.DecisionMatrix;
import org.civicportal.decision.MatrixResults;
import org.civicportal.decision.Readiness;

/**
 * A decision matrix told in a few plain lines, to open a request for technical assistance with:
 * the question, where readiness places the service, which partners look plausible, and which
 * option leads. Only what the results page already says.
 */
final class RequestMatrixSummary {

    private RequestMatrixSummary() {
    }

    static String of(DecisionMatrix matrix, MatrixResults results) {
        StringBuilder text = new StringBuilder("From our decision matrix \u201c").append(matrix.getTitle()).append("\u201d");
        text.append(matrix.isFinal() ? " (final)" : " (still open)").append(".\n");
        if (matrix.getContext() != null) {
            text.append(matrix.getContext()).append('\n');
        }
        if (results.isReadinessComplete()) {
            Readiness readiness = results.getReadiness();
            text.append("Readiness: ").append(readiness.quadrant().title()).append(" (service ").append(readiness.serviceScore())
                    .append(" of 21, community ").append(readiness.communityScore()).append(" of 21).\n");
            List<String> plausible = readiness.partners().stream().filter(Readiness.PartnerOutlook::plausible)
                    .map(Readiness.PartnerOutlook::partnerType).toList();
            text.append("Plausible partners: ").append(plausible.isEmpty() ? "none for now" : String.join(", ", plausible)).append(".\n");
        }
        if (results.isScoringComplete()) {
            text.append("Options as scored: ").append(results.getRanking().stream()
                    .map(r -> r.place() + ". " + r.option() + " (" + r.total().stripTrailingZeros().toPlainString() + ")")
                    .collect(Collectors.joining("; "))).append(".\n");
        }
        text.append("\nWhat we need help with: ");
        return text.toString();
    }
}
