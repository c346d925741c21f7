package org.civicportal.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TeamPolicyTest {

    @Test
    void aUserRemovesAColleagueButNotThemselvesNorTheLastUser() {
        assertTrue(TeamPolicy.mayRemove(false, false, 2).allowed());
        assertEquals("You cannot remove yourself. Ask a colleague to remove you.", TeamPolicy.mayRemove(false, true, 3).reason());
        assertEquals("An organisation keeps at least one user.", TeamPolicy.mayRemove(false, false, 1).reason());
    }

    @Test
    void anAdministratorRemovesAnyoneTheLastUserIncluded() {
        assertTrue(TeamPolicy.mayRemove(true, false, 1).allowed());
        assertTrue(TeamPolicy.mayRemove(true, false, 5).allowed());
        assertFalse(TeamPolicy.mayRemove(false, false, 0).allowed());
    }
}
