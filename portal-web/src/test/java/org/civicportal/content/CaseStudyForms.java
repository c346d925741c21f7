package org.civicportal.content;

import java.util.List;
import java.util.Set;
import org.civicportal.account.Jurisdiction;

/** A case study that passes every check, for tests to change what they are about. */
final class CaseStudyForms {

    private CaseStudyForms() {
    }

    static CaseStudyForm valid(String title) {
        CaseStudyForm form = new CaseStudyForm();
        form.setTitle(title);
        form.setSummary("Two neighbouring governments run one service together and share its cost.");
        form.setBodyHtml("<p>How they did it.</p>");
        form.setJurisdictions(List.of(new Jurisdiction("Fairhaven", "OR", "US", 42_000), new Jurisdiction("Linn County", "OR", "US", 128_000)));
        form.setPartnerTypes(Set.of(PartnerType.INTERGOVERNMENTAL));
        form.setArrangement(Arrangement.INTERLOCAL_AGREEMENT);
        return form;
    }
}
