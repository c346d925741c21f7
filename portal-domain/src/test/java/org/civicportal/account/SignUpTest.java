package org.civicportal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SignUpTest {

    @Test
    void emailsAreTrimmedAndLowerCasedSoOnePersonHasOneAccount() {
        SignUp signUp = new SignUp();
        signUp.setEmail("  Maria.Alvarez@Riverbend.OR.us ");
        assertEquals("maria.alvarez@riverbend.or.us", signUp.getEmail());
        signUp.setEmail(null);
        assertNull(signUp.getEmail());
    }

    @Test
    void countryCodesAreUpperCaseAndNamedInEnglish() {
        Jurisdiction jurisdiction = new Jurisdiction();
        jurisdiction.setCountry(" ca ");
        assertEquals("CA", jurisdiction.getCountry());
        assertEquals("Canada", jurisdiction.getCountryName());
    }
}
