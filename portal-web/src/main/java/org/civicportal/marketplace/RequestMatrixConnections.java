package org.civicportal.marketplace;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.civicportal.content.CaseStudy;
import org.civicportal.content.LibraryReading;
import org.civicportal.content.PartnerType;
import org.civicportal.content.PopulationBand;
import org.civicportal.decision.DecisionMatrix;
import org.civicportal.decision.MatrixResults;

/**
 * What a matrix's results page offers next ({@code decision/results.xhtml}): "Providers who do this"
 * (active providers of its service area supporting the partnership kinds its readiness calls
 * plausible), "Similar cases" (public case studies of the same service area and population band)
 * and "Ask for technical assistance". Each list is read once per page, in a fixed number of queries
 * however long it is.
 */
@Named
@RequestScoped
public class RequestMatrixConnections {

    /** Case studies shown at most. */
    static final int MAX_CASES = 5;

    @Inject
    RequestSuggestions suggestions;

    @Inject
    LibraryReading library;

    private List<ProviderOrganisation> providers;
    private List<CaseStudy> cases;
    private Set<PartnerType> kinds;

    /** The kinds of partnership the readiness scores call plausible (empty: readiness incomplete, any kind). */
    public Set<PartnerType> kinds(MatrixResults results) {
        if (kinds == null) {
            kinds = RequestPartnerships.plausible(results.isReadinessComplete() ? results.getReadiness() : null);
        }
        return kinds;
    }

    /** Active providers of the matrix's service area supporting a plausible kind of partnership, by name. */
    public List<ProviderOrganisation> providers(DecisionMatrix matrix, MatrixResults results) {
        if (providers == null) {
            providers = matrix.getServiceArea() == null ? List.of() : suggestions.suiting(matrix.getServiceArea(), null, kinds(results));
        }
        return providers;
    }

    /** Public case studies of the matrix's service area and its owner's population band, newest first. */
    public List<CaseStudy> similarCases(DecisionMatrix matrix) {
        if (cases == null) {
            cases = matrix.getServiceArea() == null ? List.of() : library.caseStudies(new LibraryReading.CaseStudyFilter(
                    matrix.getServiceArea().getId(), null, band(matrix), null), 1).stream().limit(MAX_CASES).toList();
        }
        return cases;
    }

    /** The population band of the matrix owner's local government. */
    public PopulationBand band(DecisionMatrix matrix) {
        Integer population = matrix.getOwner().getJurisdiction().getPopulation();
        return PopulationBand.of(population == null ? 0 : population);
    }
}
