package org.civicportal.shared;

import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a person must correct, with a plain-language message for each field it concerns.
 * Services throw it; pages show each message next to its field. The transaction rolls back, so
 * nothing is half-saved.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> problems;

    /** One problem with one field (the property name in the form). */
    public InvalidInputException(String field, String message) {
        this(Map.of(field, message));
    }

    /** Problems by field, in the order the form shows them. */
    public InvalidInputException(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** Message by field name. */
    public Map<String, String> problems() {
        return problems;
    }
}
