package org.civicportal.content;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;
import org.civicportal.events.Event;
import org.civicportal.shared.servicearea.ServiceArea;

/**
 * What the search index holds for an item or an event: its public face only (the live revision),
 * with the facets people filter by. Facet values are the words shown on the page.
 */
final class LibraryDocuments {

    /** The type an event has in the search, beside the library's kinds. */
    static final String EVENT_TYPE = "events";

    private LibraryDocuments() {
    }

    static String keyOf(long itemId) {
        return "item:" + itemId;
    }

    static String keyOfEvent(long eventId) {
        return "event:" + eventId;
    }

    static SearchDocument of(LibraryItem item, ZoneId zone) {
        return of(item, zone, "");
    }

    /** The item's document, with the text of its attached PDFs searched as its body is. */
    static SearchDocument of(LibraryItem item, ZoneId zone, String attachedText) {
        Revision live = item.getLiveRevision();
        Set<String> areas = new LinkedHashSet<>();
        for (ServiceArea area : live.getServiceAreas()) {
            areas.add(area.getParent() == null ? area.getName() : area.getParent().getName());
        }
        Set<String> partners = new LinkedHashSet<>();
        String band = null;
        StringBuilder body = new StringBuilder(RichText.plainText(live.getBodyHtml()));
        String summary = live.getSummary();
        if (live instanceof CaseStudy study) {
            study.getPartnerTypes().forEach(type -> partners.add(type.getLabel()));
            band = study.getJurisdictions().isEmpty() ? null : PopulationBand.of(study.getJurisdictions().get(0).getPopulation()).getLabel();
            study.getJurisdictions().forEach(j -> body.append(' ').append(j.getName()).append(' ').append(j.getRegion()));
            append(body, study.getLessonsLearned());
            // the facts are public on the page, so they are searched as the summary is
            if (study.getServiceLevelChange() != null) {
                summary = summary + " " + study.getServiceLevelChange();
            }
        }
        append(body, attachedText);
        Integer year = null;
        if (live instanceof BibliographyEntry entry) {
            append(body, entry.getAuthorLine());
            append(body, entry.getContainer());
            append(body, String.join(" ", entry.getTags()));
            summary = entry.getCitationApa() + (summary.isEmpty() ? "" : " " + summary);
            year = entry.getYear();
        }
        if (live instanceof ResearchSummary research) {
            append(body, research.getAuthors());
            append(body, research.getPartnerOrganisations());
            append(body, String.join(" ", research.getKeyFindings()));
            year = research.getPublicationDate() == null ? null : research.getPublicationDate().getYear();
        }
        if (live instanceof TrainingProgramme training) {
            append(body, training.getProvider());
            append(body, training.getFormat().getLabel());
            append(body, training.getDuration());
            year = training.getUpcomingDates().isEmpty() ? null : training.getUpcomingDates().get(0).getDate().getYear();
        }
        if (live instanceof ProgrammePage programme) {
            append(body, programme.getPartnerOrganisations());
            append(body, programme.getSponsorAcknowledgement());
        }
        Instant published = item.getPublishedAt();
        if (year == null && published != null) {
            year = published.atZone(zone).getYear();
        }
        return new SearchDocument(keyOf(item.getId()), item.getKind().getPathSegment(), item.getKind().getLabel(), live.getTitle(),
                summary, body.toString(), item.getPath(), live.isMembersOnly(), areas, partners, band,
                year, published);
    }

    static SearchDocument of(Event event) {
        String body = event.getSpeakers() + (event.getTopic() == null ? "" : " " + event.getTopic());
        return new SearchDocument(keyOfEvent(event.getId()), EVENT_TYPE, event.getKind().getLabel(), event.getTitle(), event.getSummary(),
                body, "events/event.xhtml?id=" + event.getId(), false, Set.of(), Set.of(), null,
                event.getStartsAt().atZone(event.zone()).getYear(), event.getCreatedAt());
    }

    private static void append(StringBuilder body, String text) {
        if (text != null) {
            body.append(' ').append(text);
        }
    }
}
