package org.civicportal.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Server-side Bean Validation for service input: pages validate too, but a service never trusts
 * that they did.
 */
@ApplicationScoped
public class InputCheck {

    @Inject
    Validator validator;

    /** Throws {@link InvalidInputException} listing every field that breaks its constraints. */
    public <T> T valid(T input) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            Map<String, String> problems = new LinkedHashMap<>();
            violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .forEach(v -> problems.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
            throw new InvalidInputException(problems);
        }
        return input;
    }
}
