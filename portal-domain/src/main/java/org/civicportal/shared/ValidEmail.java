package org.civicportal.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Bean Validation for an email address by {@link EmailAddress}'s rule: the length first, then a
 * linear-time parse. An empty value passes; pair it with {@code @NotBlank} where one is required.
 */
@Documented
@Constraint(validatedBy = ValidEmail.Check.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface ValidEmail {

    String message() default EmailAddress.MALFORMED;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check behind the annotation. */
    class Check implements ConstraintValidator<ValidEmail, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isEmpty() || EmailAddress.isWellFormed(value);
        }
    }
}
