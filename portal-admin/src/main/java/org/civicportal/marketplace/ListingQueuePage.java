package org.civicportal.marketplace;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The moderators' queue of listings ({@code admin/marketplace/listings.xhtml}): changes waiting, the longest waiting first. */
@Named
@RequestScoped
public class ListingQueuePage {

    @Inject
    ListingModeration moderation;

    private List<ListingVersion> waiting;

    public List<ListingVersion> getWaiting() {
        if (waiting == null) {
            waiting = moderation.queue();
        }
        return waiting;
    }
}
