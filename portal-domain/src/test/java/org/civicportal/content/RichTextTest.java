package org.civicportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** What editors write survives as they wrote it; what they must fix is said in plain words. */
class RichTextTest {

    private static final Predicate<String> OWN_IMAGE = src -> src.startsWith("/library/files/");

    private static String clean(String html) {
        RichText.Sanitised result = RichText.sanitise(html, OWN_IMAGE);
        assertEquals(List.of(), result.problems(), html);
        assertTrue(result.clean());
        return result.html();
    }

    @Test
    void headingsListsAndInlineFormattingSurviveExactly() {
        String html = "<h2>Findings</h2><h3>Method</h3><h4>Sample</h4>"
                + "<p>Plain, <strong>strong</strong>, <b>bold</b>, <em>em</em>, <i>italic</i>, <u>under</u>, "
                + "<s>struck</s>, x<sup>2</sup>, H<sub>2</sub>O, <code>code</code><br />next line</p>"
                + "<ul><li>one</li><li>two</li></ul><ol><li>first</li><li>second</li></ol>"
                + "<blockquote>Quoted</blockquote><pre>a &lt; b &amp;&amp; c</pre>";
        assertEquals(html, clean(html));
    }

    @Test
    void aFirstLevelHeadingBecomesSecondLevelSoThePageKeepsOneH1() {
        assertEquals("<h2>Title</h2><h4>Deep</h4>", clean("<h1>Title</h1><h6>Deep</h6>"));
    }

    @Test
    void linksGetRelAndLoseTarget() {
        assertEquals("<p><a href=\"https://example.org/report?id&#61;3\" rel=\"noopener noreferrer\">report</a> "
                        + "<a href=\"mailto:office&#64;example.org\" rel=\"noopener noreferrer\">mail</a> "
                        + "<a href=\"/library/case-studies/water\" rel=\"noopener noreferrer\">case</a></p>",
                clean("<p><a href=\"https://example.org/report?id=3\" target=\"_blank\">report</a> "
                        + "<a href=\"mailto:office@example.org\">mail</a> "
                        + "<a href=\"/library/case-studies/water\" rel=\"opener\">case</a></p>"));
    }

    @Test
    void linksToOtherSchemesKeepTheirTextOnly() {
        assertEquals("<p>ftp and file</p>",
                clean("<p><a href=\"ftp://example.org/\">ftp</a> and <a href=\"file:///etc/passwd\">file</a></p>"));
    }

    @Test
    void tablesSurviveWithScopeAndSpans() {
        String html = "<table><caption>Budget</caption><thead><tr><th scope=\"col\">Year</th>"
                + "<th scope=\"col\">Amount</th></tr></thead><tbody><tr><th scope=\"row\">2024</th>"
                + "<td colspan=\"2\">1,000</td></tr></tbody></table>";
        assertEquals(html, clean(html));
    }

    @Test
    void ownImagesWithAltSurvive() {
        String html = "<p><img src=\"/library/files/12/chart.png\" alt=\"Turnout by district\" width=\"640\" "
                + "height=\"480\" /></p>";
        assertEquals(html, clean(html));
    }

    @Test
    void imageSizesMustBeNumbers() {
        assertEquals("<img src=\"/library/files/1.png\" alt=\"a\" />",
                clean("<img src=\"/library/files/1.png\" alt=\"a\" width=\"100%\" height=\"0\">"));
    }

    @Test
    void imagesWithoutAltAreKeptAndReported() {
        RichText.Sanitised result = RichText.sanitise(
                "<p><img src=\"/library/files/1.png\"><img src=\"/library/files/2.png\" alt=\" \">"
                        + "<img src=\"/library/files/3.png\" alt=\"Map\"></p>", OWN_IMAGE);
        assertEquals(List.of("Add a text alternative (alt) to every image: 2 images have none."), result.problems());
        assertFalse(result.clean());
        assertEquals(3, result.html().split("<img ", -1).length - 1, result.html());
    }

    @Test
    void imagesFromElsewhereAreRemovedAndReported() {
        RichText.Sanitised result = RichText.sanitise("<p>See <img src=\"https://elsewhere.example/a.png\" alt=\"a\">"
                + "<img src=\"/library/files/1.png\" alt=\"ours\"></p>", OWN_IMAGE);
        assertEquals("<p>See <img src=\"/library/files/1.png\" alt=\"ours\" /></p>", result.html());
        assertEquals(List.of("Images must be uploaded to the library; 1 image from elsewhere was removed."),
                result.problems());

        RichText.Sanitised two = RichText.sanitise("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"a\">"
                + "<img src=\"//cdn.example/b.png\" alt=\"b\"><img alt=\"no address at all\">", OWN_IMAGE);
        assertEquals("", two.html());
        assertEquals(List.of("Images must be uploaded to the library; 2 images from elsewhere were removed."),
                two.problems());
    }

    @Test
    void onlyLocalPathsAreOfferedToTheOwnImageCheck() {
        List<String> asked = new ArrayList<>();
        RichText.sanitise("<img src=\"https://x.example/library/files/1.png\" alt=\"a\">"
                + "<img src=\"//x.example/library/files/1.png\" alt=\"b\">"
                + "<img src=\"/\\x.example/library/files/1.png\" alt=\"c\">"
                + "<img src=\"/library/files/2.png\" alt=\"d\">", src -> asked.add(src));
        assertEquals(List.of("/library/files/2.png"), asked);
    }

    @Test
    void embeddedContentIsRemovedAndReported() {
        RichText.Sanitised result = RichText.sanitise(
                "<p>Text</p><iframe src=\"https://video.example/\"></iframe><script>alert(1)</script>", OWN_IMAGE);
        assertEquals("<p>Text</p>", result.html());
        assertEquals(List.of("Embedded content is not allowed in the library and was removed: iframe, script."),
                result.problems());
        assertEquals(List.of(), result.mustFix(), "nothing the editor could see or fix: the text is saved clean");
    }

    @Test
    void quillMarkupIsKeptWhereItCarriesMeaning() {
        assertEquals("<p class=\"ql-align-center\">Centred</p><ol><li data-list=\"bullet\" class=\"ql-indent-1\">"
                        + "Item</li></ol><pre>int a;</pre><pre>int b;</pre>",
                clean("<p class=\"ql-align-center my-own ql-align-center\" style=\"color:red\">Centred</p>"
                        + "<ol><li data-list=\"bullet\" class=\"ql-indent-1\"><span class=\"ql-ui\" "
                        + "contenteditable=\"false\"></span>Item</li></ol>"
                        + "<div class=\"ql-code-block-container\" spellcheck=\"false\">"
                        + "<div class=\"ql-code-block\">int a;</div><div class=\"ql-code-block\">int b;</div></div>"));
    }

    @Test
    void textAtTheLimitIsSanitisedAndOneCharacterMoreIsRefused() {
        String atLimit = "<p>" + "a".repeat(RichText.MAX_LENGTH - 7) + "</p>";
        assertEquals(RichText.MAX_LENGTH, atLimit.length());
        assertEquals(atLimit, clean(atLimit));

        RichText.Sanitised tooLong = RichText.sanitise(atLimit + " ", src -> {
            throw new AssertionError("nothing is parsed");
        });
        assertEquals("", tooLong.html());
        assertEquals(List.of("This text is too long: it has 200,001 characters and at most 200,000 are allowed."),
                tooLong.problems());
    }

    @Test
    void nothingInNothingOut() {
        assertEquals(new RichText.Sanitised("", List.of(), List.of()), RichText.sanitise(null, OWN_IMAGE));
        assertEquals("", RichText.plainText(null));
    }

    @Test
    void plainTextDecodesEntitiesSeparatesBlocksAndCollapsesWhitespace() {
        String html = clean("<h2>Water &amp; power</h2><p>First  line<br>second\n\tline</p>"
                + "<ul><li>one</li><li>t<strong>w</strong>o</li></ul><p>caf&eacute; &lt;ok&gt;</p>");
        assertEquals("Water & power First line second line one two café <ok>", RichText.plainText(html));
    }

    @Test
    void plainTextIsCutAtAWordWithAnEllipsis() {
        String html = clean("<p>" + "word ".repeat(100) + "</p>");
        String description = RichText.plainText(html, 30);
        assertEquals("word word word word word word…", description);
        assertTrue(description.length() <= 30);
        assertEquals(RichText.PLAIN_TEXT_MAX_LENGTH,
                RichText.plainText(clean("<p>" + "x".repeat(50_000) + "</p>")).length());
        assertThrows(IllegalArgumentException.class, () -> RichText.plainText("<p>a</p>", 0));
    }
}
