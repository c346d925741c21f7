package org.civicportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EditorialPolicyTest {

    private static final long WRITER = 1;
    private static final long SUBMITTER = 2;
    private static final long REVIEWER = 3;
    private static final Instant NOW = Instant.parse("2027-03-01T14:00:00Z");

    private final EditorialPolicy twoPeople = new EditorialPolicy(true);
    private final EditorialPolicy onePerson = new EditorialPolicy(false);

    @Test
    void onlyADraftIsWrittenOnAndSentForReview() {
        CaseStudy draft = draft();
        assertTrue(twoPeople.mayEdit(draft).allowed());
        assertTrue(twoPeople.maySubmit(draft).allowed());
        assertFalse(twoPeople.maySendBack(draft).allowed());
        assertFalse(twoPeople.mayApprove(draft, REVIEWER).allowed());

        draft.submit(SUBMITTER, NOW);
        assertEquals("This version is waiting for review. Send it back to draft to change it.", twoPeople.mayEdit(draft).reason());
        assertFalse(twoPeople.maySubmit(draft).allowed());
        assertTrue(twoPeople.maySendBack(draft).allowed());

        draft.approve(REVIEWER, NOW.plusSeconds(3600));
        assertFalse(twoPeople.mayEdit(draft).allowed());
        assertTrue(twoPeople.maySendBack(draft).allowed(), "a schedule can be cancelled by sending it back");
        draft.publish(NOW);
        assertEquals("Published versions are kept as they were. Edit the item to start a new draft.", twoPeople.mayEdit(draft).reason());
    }

    @Test
    void withTwoPersonReviewNeitherTheWriterNorTheSubmitterApproves() {
        CaseStudy inReview = draft();
        inReview.submit(SUBMITTER, NOW);
        assertEquals("Another editor must approve this: you wrote it or sent it for review, and two-person review is on.",
                twoPeople.mayApprove(inReview, WRITER).reason());
        assertFalse(twoPeople.mayApprove(inReview, SUBMITTER).allowed());
        assertTrue(twoPeople.mayApprove(inReview, REVIEWER).allowed());

        assertTrue(onePerson.mayApprove(inReview, WRITER).allowed(), "with the setting off, a writer may approve their own");
    }

    static CaseStudy draft() {
        LibraryItem item = new LibraryItem(ResourceKind.CASE_STUDY, "shared-dispatch", WRITER, NOW);
        return new CaseStudy(item, 1, WRITER, NOW);
    }
}
