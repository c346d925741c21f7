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
 * Text a person can have typed: no control characters (a NUL, an escape, or a line break in a
 * one-line field, which could split a mail header or a CSV row), no half of a surrogate pair and
 * no Unicode non-characters (which the database would silently turn into question marks). Each
 * character is looked at once, after a length cap, so a hostile megabyte costs little. Markup
 * and quotes are fine: they are text, stored as typed and escaped wherever shown. Text that only
 * looks blank (no-break spaces, which trimming keeps) is refused too; empty or plainly blank text
 * passes, for {@code @NotBlank} to judge.
 */
@Documented
@Constraint(validatedBy = CleanText.Check.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface CleanText {

    /** True for fields of several lines (descriptions), where line breaks and tabs are allowed. */
    boolean multiLine() default false;

    /** The message for text that breaks the rule, also for services that check it by hand. */
    String MESSAGE = "This text has invisible or invalid characters: type it again.";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check behind the annotation. */
    class Check implements ConstraintValidator<CleanText, String> {

        /** Longer than any field of any form: such text is left to the field's own {@code @Size}. */
        private static final int SCAN_LIMIT = 100_000;

        private boolean multiLine;

        @Override
        public void initialize(CleanText annotation) {
            multiLine = annotation.multiLine();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.length() > SCAN_LIMIT || isClean(value, multiLine);
        }

        /** True when the text has no control character (but line breaks and tabs if multi-line) and no broken Unicode. */
        public static boolean isClean(String text, boolean multiLine) {
            boolean visible = text.isEmpty();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                visible |= !Character.isWhitespace(c) && !Character.isSpaceChar(c);
                if (Character.isISOControl(c)) {
                    if (!(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                        return false;
                    }
                } else if (Character.isHighSurrogate(c)) {
                    if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                        return false;
                    }
                    i++;
                } else if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                        || c == '\u2028' || c == '\u2029' || (c >= '\uFDD0' && c <= '\uFDEF')) {
                    return false;
                }
            }
            // blank text (plain spaces) is for @NotBlank or the service to judge, with its own message
            return visible || text.isBlank();
        }
    }
}
