package org.civicportal.decision;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The readiness assessment: fourteen grades (1 to 3, 3 most favourable) give a service score and
 * a community score, each from 7 to 21. A score of 14 or more (an average grade of 2) counts as
 * favourable, which places the service in one of four quadrants; the partner grades, with the
 * service's contractibility and the community's politics, say which partner types look plausible.
 */
public final class Readiness {

    /** The lowest and highest grade of a characteristic. */
    public static final int MIN_GRADE = 1;
    public static final int MAX_GRADE = 3;
    /** From this score up, a side counts as favourable (an average grade of 2). */
    public static final int FAVOURABLE_FROM = 14;

    /** Where the two scores place the service, with its plain reading. */
    public enum Quadrant {
        READY("Good candidate for collaboration",
                "Both the service and the community favour a collaborative arrangement. Compare partners and agreement types."),
        SERVICE_READY("The service suits it; the community is not ready",
                "The service could be shared or contracted, but partners, politics or finances hold it back. Build support and"
                        + " look for partners, or start with a small intergovernmental agreement."),
        COMMUNITY_READY("Partners exist; the service is hard to hand over",
                "The community has partners and support, but the service is hard to specify, monitor or move. Keep it in-house"
                        + " or use a long, closely managed relational agreement."),
        NOT_READY("Keep in-house for now",
                "Neither the service nor the community favours collaboration today. Revisit when conditions change.");

        private final String title;
        private final String reading;

        Quadrant(String title, String reading) {
            this.title = title;
            this.reading = reading;
        }

        public String title() {
            return title;
        }

        public String reading() {
            return reading;
        }
    }

    /** Whether a partner type looks plausible, and why. */
    public record PartnerOutlook(String partnerType, boolean plausible, List<String> reasons) {
    }

    private final Map<Characteristic, Integer> grades;

    /**
     * @throws MatrixProblem if a characteristic is not graded or a grade is outside 1 to 3
     */
    public Readiness(Map<Characteristic, Integer> grades) {
        this.grades = new EnumMap<>(Characteristic.class);
        for (Characteristic characteristic : Characteristic.values()) {
            Integer grade = grades.get(characteristic);
            if (grade == null) {
                throw new MatrixProblem("Grade every characteristic: one is still empty.");
            }
            if (grade < MIN_GRADE || grade > MAX_GRADE) {
                throw new MatrixProblem("Grades run from 1 to 3.");
            }
            this.grades.put(characteristic, grade);
        }
    }

    public int serviceScore() {
        return score(Characteristic.Group.SERVICE);
    }

    public int communityScore() {
        return score(Characteristic.Group.COMMUNITY);
    }

    private int score(Characteristic.Group group) {
        return grades.entrySet().stream().filter(e -> e.getKey().group() == group).mapToInt(Map.Entry::getValue).sum();
    }

    public Quadrant quadrant() {
        boolean service = serviceScore() >= FAVOURABLE_FROM;
        boolean community = communityScore() >= FAVOURABLE_FROM;
        if (service && community) {
            return Quadrant.READY;
        }
        if (service) {
            return Quadrant.SERVICE_READY;
        }
        return community ? Quadrant.COMMUNITY_READY : Quadrant.NOT_READY;
    }

    /** Public, private and nonprofit partners: plausible or not, each with its reasons. */
    public List<PartnerOutlook> partners() {
        return List.of(publicPartner(), privatePartner(), nonprofitPartner());
    }

    private PartnerOutlook publicPartner() {
        List<String> reasons = new ArrayList<>();
        boolean plausible = partnersAvailable(Characteristic.PUBLIC_PARTNERS, "Neighbouring governments", reasons);
        if (grade(Characteristic.ASSET_SPECIFICITY) == 1) {
            reasons.add("The service needs specialised assets few firms have: governments sharing them is the usual answer.");
        }
        if (grade(Characteristic.UNIONS) == 1) {
            reasons.add("Staff moving to another government usually meets less union opposition than contracting out.");
        }
        return new PartnerOutlook("Public (another government)", plausible, reasons);
    }

    private PartnerOutlook privatePartner() {
        List<String> reasons = new ArrayList<>();
        boolean plausible = partnersAvailable(Characteristic.PRIVATE_PARTNERS, "Firms", reasons);
        if (grade(Characteristic.CONTRACT_SPECIFICATION) == 1) {
            plausible = false;
            reasons.add("The service is hard to specify and monitor in a contract, which makes contracting with a firm risky.");
        }
        if (grade(Characteristic.MANAGEMENT_COMPETENCIES) == 1) {
            reasons.add("Contract management skills are thin: monitoring a firm would need new capacity.");
        }
        if (grade(Characteristic.UNIONS) == 1) {
            reasons.add("Expect union opposition to contracting out.");
        }
        if (grade(Characteristic.POLITICAL_ENVIRONMENT) == 1) {
            reasons.add("The council is wary of private delivery.");
        }
        return new PartnerOutlook("Private (a company)", plausible, reasons);
    }

    private PartnerOutlook nonprofitPartner() {
        List<String> reasons = new ArrayList<>();
        boolean plausible = partnersAvailable(Characteristic.NONPROFIT_PARTNERS, "Nonprofits", reasons);
        if (grade(Characteristic.PUBLIC_INTEREST) == 3) {
            reasons.add("Strong public interest favours a partner close to the community, as nonprofits often are.");
        }
        if (grade(Characteristic.CAPITAL_INTENSITY) == 1) {
            reasons.add("The service needs much capital, which nonprofits rarely have.");
        }
        return new PartnerOutlook("Nonprofit", plausible, reasons);
    }

    private boolean partnersAvailable(Characteristic characteristic, String who, List<String> reasons) {
        int grade = grade(characteristic);
        if (grade == 1) {
            reasons.add(who + " able to take part are scarce or absent.");
            return false;
        }
        reasons.add(grade == 3 ? who + " able to take part are plentiful." : who + " able to take part exist, but few.");
        return true;
    }

    public int grade(Characteristic characteristic) {
        return grades.get(characteristic);
    }
}
