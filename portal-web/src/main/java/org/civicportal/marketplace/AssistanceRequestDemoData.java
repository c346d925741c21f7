package org.civicportal.marketplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.civicportal.account.AccountSeeding;

/**
 * A demonstration request, once: from a demonstration member to the demonstration providers
 * "Civic Shared Services" (which sent a proposal) and "Community Partners Network" (which asked a
 * question). Nothing is done while either provider is missing.
 */
@ApplicationScoped
public class AssistanceRequestDemoData {

    private static final Logger LOG = Logger.getLogger(AssistanceRequestDemoData.class.getName());

    /** A demonstration member (a city manager in Oregon). */
    static final String MEMBER = "maria.alvarez@demo.civicportal.example";

    @Inject
    AssistanceRequestSeeding seeding;

    @Inject
    AccountSeeding accounts;

    public void loadOnce() {
        Optional<Long> proposing = seeding.provider("civic-shared-services");
        Optional<Long> asking = seeding.provider("community-partners-network");
        Optional<Long> member = accounts.idOf(MEMBER);
        if (proposing.isEmpty() || asking.isEmpty() || member.isEmpty() || seeding.anyFrom(member.get())) {
            return;
        }
        seeding.demoRequest(member.get(), proposing.get(), asking.get());
        LOG.info("Demonstration data: a request for technical assistance with a proposal and a question");
    }
}
