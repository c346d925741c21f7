package org.civicportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Known cross-site scripting payloads go through the sanitiser; what comes out is parsed as a
 * browser would (jsoup) and must hold nothing that can run.
 */
class RichTextXssTest {

    private static final Predicate<String> OWN_IMAGE = src -> src.startsWith("/library/files/");

    private static final Set<String> ALLOWED_ELEMENTS = Set.of("p", "br", "h2", "h3", "h4", "strong", "b", "em",
            "i", "u", "s", "blockquote", "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td",
            "caption", "img", "code", "pre", "span", "sup", "sub");

    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("href", "rel", "src", "alt", "width", "height",
            "scope", "colspan", "rowspan", "class", "data-list");

    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");

    static List<String> payloads() throws IOException {
        List<String> payloads = new ArrayList<>();
        try (InputStream in = RichTextXssTest.class.getResourceAsStream("/content/xss-payloads.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && !line.startsWith("# ")) {
                    payloads.add(line.replace("{TAB}", "\t").replace("{NL}", "\n").replace("{CR}", "\r")
                            .replace("{NUL}", "\0"));
                }
            }
        }
        return payloads;
    }

    @Test
    void theListHoldsAtLeastAHundredPayloads() throws IOException {
        assertTrue(payloads().size() >= 100, "payloads: " + payloads().size());
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void nothingExecutableSurvives(String payload) {
        List<String> imagesAsked = new ArrayList<>();
        String html = RichText.sanitise(payload, src -> {
            imagesAsked.add(src);
            return OWN_IMAGE.test(src);
        }).html();

        assertNoExecutableContent(html);
        for (String src : imagesAsked) {
            assertTrue(src.startsWith("/") && !src.startsWith("//"), "only local paths are offered: " + src);
        }
        // Sanitising again changes nothing: the output is already in its final form.
        assertEquals(html, RichText.sanitise(html, OWN_IMAGE).html());
        String text = RichText.plainText(html);
        assertFalse(text.contains("<script"), text);
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void nothingExecutableSurvivesInsideAllowedMarkup(String payload) {
        String html = RichText.sanitise("<p>Before <strong>" + payload + "</strong></p><ul><li>" + payload
                + "</li></ul><table><tr><td>" + payload + "</td></tr></table>", OWN_IMAGE).html();
        assertNoExecutableContent(html);
    }

    static void assertNoExecutableContent(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        for (Element element : document.body().getAllElements()) {
            if (element == document.body()) {
                continue;
            }
            String name = element.normalName();
            if (!ALLOWED_ELEMENTS.contains(name)) {
                fail("element <" + name + "> in " + html);
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(key.startsWith("on"), () -> "event handler " + key + " in " + html);
                assertFalse(key.equals("style"), () -> "style attribute in " + html);
                assertTrue(ALLOWED_ATTRIBUTES.contains(key), () -> "attribute " + key + " in " + html);
                // jsoup has decoded the entities; browsers also ignore whitespace and controls in URLs.
                String value = squeezed(attribute.getValue());
                // In a URL such a scheme only runs at the start ("/x/javascript:y" is a path);
                // elsewhere (alt text) it is words.
                boolean url = key.equals("href") || key.equals("src");
                for (String scheme : List.of("javascript:", "vbscript:", "data:", "livescript:")) {
                    assertFalse(url ? value.startsWith(scheme) : !key.equals("alt") && value.contains(scheme),
                            () -> scheme + " in " + key + " of " + html);
                }
                if (key.equals("href") || key.equals("src")) {
                    String scheme = schemeOf(value);
                    assertTrue(scheme == null || ALLOWED_SCHEMES.contains(scheme),
                            () -> "scheme " + scheme + " in " + html);
                }
                if (key.equals("src")) {
                    assertTrue(OWN_IMAGE.test(attribute.getValue()), () -> "foreign image in " + html);
                }
            }
            if (name.equals("a")) {
                assertEquals("noopener noreferrer", element.attr("rel"), html);
                assertFalse(element.hasAttr("target"), html);
            }
        }
    }

    /** Lower case, without whitespace and control characters, which browsers skip inside a scheme. */
    private static String squeezed(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints()
                .filter(c -> c > ' ' && !Character.isISOControl(c) && !Character.isWhitespace(c))
                .forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** The scheme of a URL, or null for a relative one: letters before a ':' that comes before any '/', '?' or '#'. */
    private static String schemeOf(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return url.substring(0, i);
            }
            if (c == '/' || c == '?' || c == '#' || c == '\\') {
                return null;
            }
        }
        return null;
    }

    @Test
    void theCheckItselfCatchesWhatItLooksFor() {
        // Guards the guard: each of these must be reported when it is not sanitised.
        for (String unsafe : Stream.of("<script>alert(1)</script>", "<p onclick=\"x()\">a</p>",
                "<a href=\"java&#x09;script:alert(1)\" rel=\"noopener noreferrer\">a</a>",
                "<img src=\"/library/files/1.png\" style=\"x\">", "<svg></svg>",
                "<a href=\"data:text/html,x\" rel=\"noopener noreferrer\">a</a>",
                "<img src=\"https://elsewhere.example/x.png\">").toList()) {
            try {
                assertNoExecutableContent(unsafe);
            } catch (AssertionError expected) {
                continue;
            }
            fail("the check missed " + unsafe);
        }
    }
}
