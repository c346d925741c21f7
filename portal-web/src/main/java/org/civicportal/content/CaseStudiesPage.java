package org.civicportal.content;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.civicportal.shared.servicearea.ServiceArea;
import org.civicportal.shared.servicearea.ServiceAreas;

/**
 * The public list of case studies ({@code library/case-studies.xhtml}), filtered by a plain GET
 * form (service area, partner, community size, state): bookmarkable, no session. A value that
 * names nothing is ignored, as if not chosen.
 */
@Named
@RequestScoped
public class CaseStudiesPage {

    @Inject
    LibraryReading reading;

    @Inject
    ServiceAreas serviceAreas;

    private LibraryReading.CaseStudyFilter filter;
    private List<CaseStudy> studies;
    private long total;
    private int page;

    @PostConstruct
    void load() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        filter = new LibraryReading.CaseStudyFilter(QueryParameters.number(params.get("area"), 12).orElse(null),
                named(PartnerType.class, params.get("partner")),
                named(PopulationBand.class, params.get("size")), region(params.get("state")));
        page = QueryParameters.page(params.get("page"));
        total = reading.countCaseStudies(filter);
        studies = reading.caseStudies(filter, page);
    }

    private static <E extends Enum<E>> E named(Class<E> type, String text) {
        if (text == null || text.length() > 30) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(text)) {
                return value;
            }
        }
        return null;
    }

    private static String region(String text) {
        return text == null || text.isBlank() || text.length() > 100 ? null : text.strip();
    }

    public List<CaseStudy> getStudies() {
        return studies;
    }

    public long getTotal() {
        return total;
    }

    public int getPage() {
        return page;
    }

    public boolean isHasNext() {
        return (long) page * LibraryReading.PAGE_SIZE < total;
    }

    public LibraryReading.CaseStudyFilter getFilter() {
        return filter;
    }

    public List<ServiceArea> getServiceAreas() {
        return serviceAreas.choosable();
    }

    public PartnerType[] getPartnerTypes() {
        return PartnerType.values();
    }

    public PopulationBand[] getBands() {
        return PopulationBand.values();
    }
}
