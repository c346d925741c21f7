package org.civicportal.decision;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The public page of the decision-matrix tool ({@code decision/index.xhtml}): what it does, and a
 * read-only sample worked through by the same arithmetic as members' matrices, naming the
 * fourteen characteristics a member grades, with the sample's grades.
 */
@Named
@RequestScoped
public class DecisionToolPage {

    /** The sample: fleet maintenance in a county of about 60,000, with the default criteria. */
    static final List<String> SAMPLE_OPTIONS = List.of("Keep in-house", "Shared garage with the city",
            "Contract with a private firm", "Partnership with a nonprofit");
    static final List<String> SAMPLE_CRITERIA = List.of("Service level and quality", "Annual cost", "Transition cost",
            "Control and accountability", "Financial risk", "Legal and political risk", "Capacity and expertise",
            "Effect on employees", "Implementation effort");
    static final int[] SAMPLE_WEIGHTS = {20, 20, 10, 10, 10, 10, 10, 5, 5};
    static final int[][] SAMPLE_SCORES = {
        {3, 2, 5, 5, 3, 4, 3, 5, 5},
        {4, 4, 3, 4, 4, 4, 4, 4, 3},
        {4, 4, 3, 2, 3, 2, 4, 2, 3},
        {2, 3, 2, 3, 2, 3, 2, 3, 2},
    };

    private final MatrixResults sample = new MatrixResults(new Readiness(sampleGrades()),
            new MatrixScoring(SAMPLE_OPTIONS, SAMPLE_CRITERIA, SAMPLE_WEIGHTS, SAMPLE_SCORES, ScoreScale.DEFAULT), null);

    private static Map<Characteristic, Integer> sampleGrades() {
        Map<Characteristic, Integer> grades = new EnumMap<>(Characteristic.class);
        int[] values = {3, 3, 2, 3, 2, 2, 2, 3, 2, 1, 2, 3, 2, 2};
        Characteristic[] all = Characteristic.values();
        for (int i = 0; i < all.length; i++) {
            grades.put(all[i], values[i]);
        }
        return grades;
    }

    /** A characteristic of the sample as the page lists it: its name, the question it asks, and the sample's grade. */
    public record SampleGrade(String name, String question, int grade) {
    }

    /** One of the research's two groups of characteristics, with the sample's grades. */
    public record SampleGroup(String id, String title, String reading, List<SampleGrade> grades) {
    }

    @Inject
    ReadinessGuide guide;

    private List<SampleGroup> groups;

    /** The fourteen characteristics, grouped as the research groups them, each with the sample's grade (one query). */
    public List<SampleGroup> getCharacteristicGroups() {
        if (groups == null) {
            Map<Characteristic, Integer> grades = sampleGrades();
            List<ReadinessCharacteristic> all = guide.characteristics();
            groups = List.of(
                    group(all, grades, Characteristic.Group.SERVICE, "service", "The service",
                            "Seven characteristics of the service itself; their grades add up to the service score."),
                    group(all, grades, Characteristic.Group.COMMUNITY, "community", "The community",
                            "Seven characteristics of the community and its market; their grades add up to the community score."));
        }
        return groups;
    }

    private static SampleGroup group(List<ReadinessCharacteristic> all, Map<Characteristic, Integer> grades, Characteristic.Group group,
            String id, String title, String reading) {
        return new SampleGroup(id, title, reading, all.stream().filter(c -> c.getCode().group() == group)
                .map(c -> new SampleGrade(c.getName(), c.getQuestion(), grades.get(c.getCode()))).toList());
    }

    public MatrixResults getSample() {
        return sample;
    }
}
