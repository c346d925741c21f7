package org.civicportal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** After log-in the person goes back where they were, but never to another site. */
class LoginPageTest {

    private String returnAfterLogIn(String returnTo) {
        LoginPage page = new LoginPage();
        page.setReturnTo(returnTo);
        return page.safeReturnPath();
    }

    @Test
    void aPageOfThePortalIsKept() {
        assertEquals("/admin/account/accounts.xhtml", returnAfterLogIn("/admin/account/accounts.xhtml"));
        assertEquals("/account/profile.xhtml?tab=2", returnAfterLogIn("/account/profile.xhtml?tab=2"));
    }

    @Test
    void anythingElseLeadsToTheDashboard() {
        for (String hostile : new String[] {null, "", "https://evil.example/", "//evil.example/x", "/\\evil.example",
            "javascript:alert(1)", "/account/profile.xhtml\r\nSet-Cookie: x=y", "/login.xhtml?returnTo=/x"}) {
            assertEquals(LoginPage.AFTER_LOGIN, returnAfterLogIn(hostile), String.valueOf(hostile));
        }
    }
}
