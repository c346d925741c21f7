package org.civicportal.content;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.civicportal.decision.DecisionMatrix;
import org.civicportal.decision.Matrices;
import org.civicportal.events.Event;
import org.civicportal.account.CurrentUser;

/**
 * One library item's public page ({@code /library/{kind}/{slug}}, drawn by {@code library/item.xhtml}).
 * Its text is shown in full when it is public or the reader may read members-only text; otherwise
 * the summary and a plain way to join or renew. Stateless: no session for a visitor.
 */
@Named
@RequestScoped
public class LibraryItemPage {

    @Inject
    CurrentUser currentUser;

    @Inject
    LibraryService library;

    @Inject
    org.civicportal.decision.ReadinessGuide guide;

    @Inject
    LibraryReading reading;

    @Inject
    Matrices matrices;

    private LibraryReading.Found found;
    private Boolean mayRead;
    private Map<Long, Event> events;
    private List<LibraryItem> programmeItems;
    private List<LibraryItem> relatedItems;
    private Optional<DecisionMatrix> workedExample;

    @PostConstruct
    void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Object attribute = external.getRequestMap().get(LibraryAddressFilter.FOUND);
        found = attribute instanceof LibraryReading.Found f ? f : null;
    }

    /** Opened without its address (as {@code item.xhtml} itself): there is nothing to show. */
    public void requireItem() throws IOException {
        if (found == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        }
    }

    public Revision getRevision() {
        return found.live();
    }

    public LibraryItem getItem() {
        return found.item();
    }

    /** The case study's own fields, or null for another kind. */
    public CaseStudy getCaseStudy() {
        return found.live() instanceof CaseStudy caseStudy ? caseStudy : null;
    }

    /** The bibliography entry's own fields, or null for another kind. */
    public BibliographyEntry getEntry() {
        return found.live() instanceof BibliographyEntry entry ? entry : null;
    }

    /** The research summary's own fields, or null for another kind. */
    public ResearchSummary getResearch() {
        return found.live() instanceof ResearchSummary research ? research : null;
    }

    /** The training programme's own fields, or null for another kind. */
    public TrainingProgramme getTraining() {
        return found.live() instanceof TrainingProgramme training ? training : null;
    }

    /**
     * The events this item links to that are there to open, by id: a training date's or a programme
     * page's. An event removed or not yet published is left without its link.
     */
    public Map<Long, Event> getEvents() {
        if (events == null) {
            List<Long> ids = new ArrayList<>();
            if (getTraining() != null) {
                getTraining().getUpcomingDates().stream().map(TrainingDate::getEventId).filter(Objects::nonNull).forEach(ids::add);
            }
            if (getProgramme() != null) {
                ids.addAll(getProgramme().getEventIds());
            }
            events = ids.isEmpty() ? Map.of() : reading.events(ids);
        }
        return events;
    }

    /** The programme page's own fields, or null for another kind. */
    public ProgrammePage getProgramme() {
        return found.live() instanceof ProgrammePage programme ? programme : null;
    }

    /** The library items a programme page gathers that are public now, in the editor's order. */
    public List<LibraryItem> getProgrammeItems() {
        if (programmeItems == null) {
            programmeItems = getProgramme() == null ? List.of() : reading.publicItems(getProgramme().getItemIds());
        }
        return programmeItems;
    }

    /** The related items a case study lists that are public now, in the editor's order. */
    public List<LibraryItem> getRelatedItems() {
        if (relatedItems == null) {
            relatedItems = getCaseStudy() == null ? List.of() : reading.publicItems(getCaseStudy().getRelatedItemIds());
        }
        return relatedItems;
    }

    /** The matrix a case study shows as a worked example, while it is finalised and shared; or null. */
    public DecisionMatrix getWorkedExample() {
        if (workedExample == null) {
            Long id = getCaseStudy() == null ? null : getCaseStudy().getMatrixId();
            workedExample = id == null ? Optional.empty() : matrices.workedExample(id);
        }
        return workedExample.orElse(null);
    }

    /** The events a programme page lists that are there to open, in the editor's order. */
    public List<Event> getProgrammeEvents() {
        return getProgramme() == null ? List.of()
                : getProgramme().getEventIds().stream().map(getEvents()::get).filter(Objects::nonNull).toList();
    }

    /** The names of the decision-matrix characteristics a bibliography entry informs, as the reference data names them. */
    public java.util.List<String> getCharacteristicNames() {
        BibliographyEntry entry = getEntry();
        if (entry == null || entry.getCharacteristics().isEmpty()) {
            return java.util.List.of();
        }
        return guide.characteristics().stream().filter(c -> entry.getCharacteristics().contains(c.getCode()))
                .map(org.civicportal.decision.ReadinessCharacteristic::getName).toList();
    }

    /** The list this item belongs to, for the way back (a programme page's is the library itself). */
    public String getListAddress() {
        return switch (found.item().getKind()) {
            case BIBLIOGRAPHY_ENTRY -> "library/bibliography.xhtml";
            case RESEARCH_SUMMARY -> "library/research.xhtml";
            case TRAINING_PROGRAMME -> "library/training.xhtml";
            case PROGRAMME_PAGE -> "library/index.xhtml";
            default -> "library/case-studies.xhtml";
        };
    }

    /** The size of a file in words: "420 KB", "2.4 MB". */
    public static String sizeOf(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** The full report's size, for its link. */
    public String getReportSize() {
        ResearchSummary research = getResearch();
        return research == null || research.getReport() == null ? "" : sizeOf(research.getReport().getSizeBytes());
    }

    /** True if the whole text is shown to this reader. */
    public boolean isMayRead() {
        if (mayRead == null) {
            mayRead = !found.live().isMembersOnly() || (currentUser.isLoggedIn() && library.callerMayReadMembersOnly());
        }
        return mayRead;
    }

    /** The stored text, its file addresses made to work under the portal's context path. */
    public String getBodyHtml() {
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        String body = found.live().getBodyHtml();
        return contextPath.isEmpty() ? body : body.replace("\"" + LibraryFiles.ADDRESS_PREFIX, "\"" + contextPath + LibraryFiles.ADDRESS_PREFIX);
    }

    /** The description for search engines and link previews: the summary, shortened. */
    public String getMetaDescription() {
        String summary = found.live().getSummary();
        return summary.length() <= 300 ? summary : summary.substring(0, 297) + "...";
    }
}
