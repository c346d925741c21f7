package org.civicportal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.civicportal.account.PopulationText.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PopulationTextTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "12500|READ|12500",
            "12,500|READ|12500",
            "' 12 500 '|READ|12500",
            "12\u00a0500|READ|12500",
            "1'250'000|READ|1250000",
            "2,000,000,000|READ|2000000000",
            "1|READ|1",
            "''|MISSING|0",
            "'   '|MISSING|0",
            "about 12 thousand|NOT_A_NUMBER|0",
            "12.5|NOT_A_NUMBER|0",
            "-5|NOT_A_NUMBER|0",
            "1e6|NOT_A_NUMBER|0",
            "0x10|NOT_A_NUMBER|0",
            ",,,|NOT_A_NUMBER|0",
            "0|TOO_SMALL|0",
            "0,000|TOO_SMALL|0",
            "2000000001|TOO_LARGE|0",
            "99999999999999999999|TOO_LARGE|0",
            "999999999999999999999|TOO_LARGE|0",
    })
    void readsWhatPeopleType(String text, Verdict verdict, int value) {
        PopulationText.Reading reading = PopulationText.read(text);
        assertEquals(verdict, reading.verdict());
        assertEquals(value, reading.value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"about|Enter the population as a whole number, like 12500.", "0|The population must be at least 1."})
    void eachMistakeHasItsMessage(String text, String message) {
        assertEquals(message, PopulationText.read(text).problem());
    }

    @org.junit.jupiter.api.Test
    void nullIsMissing() {
        assertEquals(Verdict.MISSING, PopulationText.read(null).verdict());
        assertEquals(PopulationText.MISSING, PopulationText.read(null).problem());
    }
}
