package org.civicportal.marketplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What administrators read about requests: every request, and how fast each provider answers. */
@ApplicationScoped
public class RequestReports {

    /** How one provider answers the requests sent to it. */
    public record ProviderResponse(ProviderOrganisation provider, int asked, int answered, int declined, int proposed, int chosen,
                                   Duration medianFirstAnswer) {

        /** The median time to first answer in words: "3 h 20 min", "2 days 4 h", or a dash. */
        public String getMedianText() {
            if (medianFirstAnswer == null) {
                return "\u2014";
            }
            long minutes = medianFirstAnswer.toMinutes();
            if (minutes < 60) {
                return minutes + " min";
            }
            if (minutes < 24 * 60) {
                return minutes / 60 + " h " + minutes % 60 + " min";
            }
            return minutes / (24 * 60) + (minutes < 48 * 60 ? " day " : " days ") + minutes % (24 * 60) / 60 + " h";
        }
    }

    @PersistenceContext
    EntityManager em;

    /** Every request, newest first, with its providers (a fixed number of queries). */
    public List<AssistanceRequest> all(int max) {
        return em.createQuery("SELECT r FROM AssistanceRequest r JOIN FETCH r.requester JOIN FETCH r.serviceArea"
                + " ORDER BY r.sentAt DESC, r.id DESC", AssistanceRequest.class).setMaxResults(max).getResultList();
    }

    /** Each provider that was asked, with its answers and its median time to a first answer, by name. */
    public List<ProviderResponse> responses() {
        List<RequestAddressee> rows = em.createQuery("SELECT a FROM RequestAddressee a JOIN FETCH a.request JOIN FETCH a.organisation",
                RequestAddressee.class).getResultList();
        Map<Long, List<RequestAddressee>> byProvider = new LinkedHashMap<>();
        rows.forEach(a -> byProvider.computeIfAbsent(a.getOrganisation().getId(), id -> new ArrayList<>()).add(a));
        List<ProviderResponse> responses = new ArrayList<>();
        for (List<RequestAddressee> asked : byProvider.values()) {
            ProviderOrganisation provider = asked.get(0).getOrganisation();
            List<Duration> times = asked.stream().map(RequestAddressee::timeToFirstAnswer).filter(java.util.Objects::nonNull).toList();
            int chosen = (int) asked.stream().filter(a -> a.getRequest().getChosenProvider() != null
                    && a.getRequest().getChosenProvider().getId().equals(provider.getId())).count();
            responses.add(new ProviderResponse(provider, asked.size(), times.size(),
                    (int) asked.stream().filter(a -> a.getState() == RequestAddresseeState.DECLINED).count(),
                    (int) asked.stream().filter(a -> a.getState() == RequestAddresseeState.PROPOSAL).count(), chosen, median(times)));
        }
        responses.sort(Comparator.comparing(r -> r.provider().getName()));
        return responses;
    }

    /** The middle value (the mean of the two middle ones for an even count), or null when there is none. */
    public static Duration median(List<Duration> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Duration> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }
}
