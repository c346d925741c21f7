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
 * Bean Validation for short structured text (a web address, a country or currency code, a month
 * and day) without regular expressions: each shape checks the length first and then looks at each
 * character once, so the time it takes grows with the length at most, whatever a person types.
 * Bean Validation runs constraints in no fixed order, which is why the length cap lives inside
 * the check rather than in a separate {@code @Size}. An empty value passes; pair it with
 * {@code @NotBlank} where one is required.
 */
@Documented
@Constraint(validatedBy = TextShape.Check.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface TextShape {

    /** The shape the text must have. */
    Shape value();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The shapes the portal's forms ask for. */
    enum Shape {
        /** {@code http://} or {@code https://} and at most 500 visible characters without spaces. */
        WEB_ADDRESS {
            @Override
            public boolean fits(String text) {
                if (text.length() > 500) {
                    return false;
                }
                String rest = text.startsWith("https://") ? text.substring(8)
                        : text.startsWith("http://") ? text.substring(7) : null;
                if (rest == null || rest.isEmpty()) {
                    return false;
                }
                for (int i = 0; i < rest.length(); i++) {
                    char c = rest.charAt(i);
                    if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                        return false;
                    }
                }
                return true;
            }
        },
        /** Two capital letters A to Z, as ISO 3166 country codes. */
        COUNTRY_CODE {
            @Override
            public boolean fits(String text) {
                return capitals(text, 2);
            }
        },
        /** Three capital letters A to Z, as ISO 4217 currency codes. */
        CURRENCY_CODE {
            @Override
            public boolean fits(String text) {
                return capitals(text, 3);
            }
        },
        /** A month and day of a year, {@code MM-DD}, such as 10-01 (29 February included). */
        MONTH_DAY {
            @Override
            public boolean fits(String text) {
                if (text.length() != 5 || text.charAt(2) != '-' || !digits(text, 0, 2) || !digits(text, 3, 5)) {
                    return false;
                }
                int month = Integer.parseInt(text.substring(0, 2));
                int day = Integer.parseInt(text.substring(3));
                return month >= 1 && month <= 12 && day >= 1 && day <= java.time.Month.of(month).maxLength();
            }
        };

        /** True when the text has this shape. */
        public abstract boolean fits(String text);

        private static boolean capitals(String text, int count) {
            if (text.length() != count) {
                return false;
            }
            for (int i = 0; i < count; i++) {
                if (text.charAt(i) < 'A' || text.charAt(i) > 'Z') {
                    return false;
                }
            }
            return true;
        }

        private static boolean digits(String text, int from, int to) {
            for (int i = from; i < to; i++) {
                if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }
    }

    /** The check behind the annotation. */
    class Check implements ConstraintValidator<TextShape, String> {

        private Shape shape;

        @Override
        public void initialize(TextShape annotation) {
            shape = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isEmpty() || shape.fits(value);
        }
    }
}
