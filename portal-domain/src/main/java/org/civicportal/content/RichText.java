package org.civicportal.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringTokenizer;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlStreamEventReceiverWrapper;
import org.owasp.html.PolicyFactory;

/**
 * The rich text editors write in the library (the PrimeFaces text editor, Quill 2), made safe on
 * the server when it is saved: only an allow-list of elements and attributes survives, links get
 * {@code rel="noopener noreferrer"}, images must be our own uploads, and everything that could run
 * (scripts, event handlers, styles, {@code javascript:} or {@code data:} URLs) is removed.
 *
 * <p>The policy is our own rather than one of the sanitizer's prebuilt ones, which allow
 * {@code data:} images and inline styles.
 */
public final class RichText {

    /** The longest HTML accepted, in characters; checked before any parsing. */
    public static final int MAX_LENGTH = 200_000;

    /** The longest plain text {@link #plainText(String)} returns, in characters. */
    public static final int PLAIN_TEXT_MAX_LENGTH = 20_000;

    /** The longest URL kept in a link or image. */
    static final int MAX_URL_LENGTH = 2_000;

    /** Quill's own class names that carry meaning (alignment, indentation, direction). */
    private static final Set<String> QUILL_CLASSES = quillClasses();

    /** Elements whose removal an editor should hear about: they carried content of their own. */
    private static final Set<String> EMBEDDED = Set.of("script", "style", "iframe", "frame", "frameset",
            "object", "embed", "applet", "form", "input", "button", "select", "textarea", "svg", "math",
            "video", "audio", "canvas", "link", "meta", "base");

    private RichText() {
    }

    /**
     * The outcome of sanitising: the HTML to store, what the editor must fix before it is saved (an
     * image without a text alternative, an image from elsewhere), and what was removed without
     * loss to the reader (scripts, frames: nothing the editor can see in the editor).
     */
    public record Sanitised(String html, List<String> mustFix, List<String> removed) {
        public Sanitised {
            mustFix = List.copyOf(mustFix);
            removed = List.copyOf(removed);
        }

        /** Everything to tell the editor, what to fix first. */
        public List<String> problems() {
            List<String> all = new ArrayList<>(mustFix);
            all.addAll(removed);
            return List.copyOf(all);
        }

        /** Whether there is nothing to tell the editor: the text can be saved as it is. */
        public boolean clean() {
            return mustFix.isEmpty() && removed.isEmpty();
        }
    }

    /**
     * Sanitises HTML written in the editor.
     *
     * @param html       what the editor sent; null is taken as empty
     * @param isOwnImage tells whether an image address (a relative path starting with one "/") is
     *                   one of the library's own attachments; only those images are kept
     * @return the safe HTML and the problems to show the editor. An image without a text
     *         alternative is kept but reported, so that the caller refuses to save until it is fixed.
     *         Text over {@link #MAX_LENGTH} gives empty HTML and one problem.
     */
    public static Sanitised sanitise(String html, Predicate<String> isOwnImage) {
        if (html == null || html.isEmpty()) {
            return new Sanitised("", List.of(), List.of());
        }
        if (html.length() > MAX_LENGTH) {
            return new Sanitised("", List.of(String.format(Locale.ROOT,
                    "This text is too long: it has %,d characters and at most %,d are allowed.",
                    html.length(), MAX_LENGTH)), List.of());
        }
        Report report = new Report();
        String safe = policy(isOwnImage, report).sanitize(html, report, report);
        List<String> problems = new ArrayList<>();
        if (report.imagesWithoutAlt > 0) {
            problems.add("Add a text alternative (alt) to every image: "
                    + count(report.imagesWithoutAlt, "image has", "images have") + " none.");
        }
        int imagesRemoved = report.imagesWithAddress - report.imagesKept;
        if (imagesRemoved > 0) {
            problems.add("Images must be uploaded to the library; "
                    + count(imagesRemoved, "image from elsewhere was", "images from elsewhere were")
                    + " removed.");
        }
        List<String> removed = new ArrayList<>();
        if (!report.embeddedRemoved.isEmpty()) {
            removed.add("Embedded content is not allowed in the library and was removed: "
                    + String.join(", ", report.embeddedRemoved) + ".");
        }
        return new Sanitised(safe, problems, removed);
    }

    /**
     * The text of sanitised HTML, with whitespace collapsed, for search indexing; at most
     * {@link #PLAIN_TEXT_MAX_LENGTH} characters.
     */
    public static String plainText(String sanitisedHtml) {
        return plainText(sanitisedHtml, PLAIN_TEXT_MAX_LENGTH);
    }

    /**
     * The text of sanitised HTML, with whitespace collapsed, cut at a word to at most
     * {@code maxChars} characters (an ellipsis marks a cut), e.g. 160 for a meta description.
     */
    public static String plainText(String sanitisedHtml, int maxChars) {
        return PlainText.of(sanitisedHtml, maxChars);
    }

    // ---- the policy ----

    private static PolicyFactory policy(Predicate<String> isOwnImage, Report report) {
        return new HtmlPolicyBuilder()
                .allowElements("p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "blockquote",
                        "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td", "caption", "img",
                        "code", "pre", "span", "sup", "sub")
                // One h1 per page, the title's: headings in the text start at h2.
                .allowElements((name, attrs) -> "h2", "h1")
                .allowElements((name, attrs) -> "h4", "h5", "h6")
                .allowElements((name, attrs) -> "s", "strike", "del")
                // Quill 2 keeps code blocks as divs in its own markup.
                .allowElements(RichText::fromDiv, "div")
                .allowUrlProtocols("http", "https", "mailto")
                .allowAttributes("href").matching(RichText::shortUrl).onElements("a")
                .requireRelsOnLinks("noopener", "noreferrer")
                .allowAttributes("src").matching(ownImage(isOwnImage)).onElements("img")
                .allowAttributes("alt").onElements("img")
                .allowAttributes("width", "height").matching(number(4)).onElements("img")
                .allowElements((name, attrs) -> checkImage(attrs, report), "img")
                .allowAttributes("scope").matching(true, "row", "col", "rowgroup", "colgroup").onElements("th")
                .allowAttributes("colspan", "rowspan").matching(number(3)).onElements("th", "td")
                .allowAttributes("data-list").matching(false, "bullet", "ordered").onElements("li")
                .allowAttributes("class").matching(RichText::quillClasses)
                .onElements("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "span", "div")
                // Sees every image before the policy does, to count those whose address is refused.
                .withPreprocessor(receiver -> new HtmlStreamEventReceiverWrapper(receiver) {
                    @Override
                    public void openTag(String elementName, List<String> attrs) {
                        if ("img".equalsIgnoreCase(elementName) && hasAttribute(attrs, "src")) {
                            report.imagesWithAddress++;
                        }
                        super.openTag(elementName, attrs);
                    }
                })
                .toFactory();
    }

    /** Quill 2's code blocks become pre, its other divs paragraphs; the wrapper goes. */
    private static String fromDiv(String name, List<String> attrs) {
        String classes = valueOf(attrs, "class");
        if (classes == null || !classes.contains("ql-code-block")) {
            return "p";
        }
        removeAttribute(attrs, "class");
        return classes.contains("ql-code-block-container") ? null : "pre";
    }

    private static String checkImage(List<String> attrs, Report report) {
        if (valueOf(attrs, "src") == null) {
            return null;
        }
        report.imagesKept++;
        String alt = valueOf(attrs, "alt");
        if (alt == null || alt.isBlank()) {
            report.imagesWithoutAlt++;
        }
        return "img";
    }

    private static AttributePolicy ownImage(Predicate<String> isOwnImage) {
        return (element, attribute, value) -> isLocalPath(value) && isOwnImage.test(value) ? value : null;
    }

    /**
     * A path on our own site: one leading "/", and nothing a browser would turn into another host
     * ("//host", "/\host", or either with tabs or newlines in between, which browsers drop).
     */
    static boolean isLocalPath(String value) {
        if (value.length() < 2 || value.length() > MAX_URL_LENGTH || value.charAt(0) != '/') {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c == 0x7f || c == '\\') {
                return false;
            }
        }
        return value.charAt(1) != '/';
    }

    private static String shortUrl(String element, String attribute, String value) {
        return value.length() <= MAX_URL_LENGTH ? value : null;
    }

    private static AttributePolicy number(int maxDigits) {
        return (element, attribute, value) -> {
            if (value.isEmpty() || value.length() > maxDigits) {
                return null;
            }
            for (int i = 0; i < value.length(); i++) {
                if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                    return null;
                }
            }
            return value.charAt(0) == '0' ? null : value;
        };
    }

    /** Keeps only Quill's known class names; no class attribute if none is left. */
    private static String quillClasses(String element, String attribute, String value) {
        Set<String> kept = new LinkedHashSet<>();
        StringTokenizer tokens = new StringTokenizer(value, " \t\n\r\f");
        while (tokens.hasMoreTokens()) {
            String token = tokens.nextToken();
            if (QUILL_CLASSES.contains(token) || "div".equals(element) && token.startsWith("ql-code-block")) {
                kept.add(token);
            }
        }
        return kept.isEmpty() ? null : String.join(" ", kept);
    }

    private static Set<String> quillClasses() {
        Set<String> classes = new TreeSet<>(Set.of("ql-align-center", "ql-align-right", "ql-align-justify",
                "ql-direction-rtl"));
        for (int i = 1; i <= 8; i++) {
            classes.add("ql-indent-" + i);
        }
        return Set.copyOf(classes);
    }

    private static String valueOf(List<String> attrs, String name) {
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            if (name.equals(attrs.get(i))) {
                return attrs.get(i + 1);
            }
        }
        return null;
    }

    private static boolean hasAttribute(List<String> attrs, String name) {
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            if (name.equalsIgnoreCase(attrs.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static String removeAttribute(List<String> attrs, String name) {
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            if (name.equals(attrs.get(i))) {
                String value = attrs.get(i + 1);
                attrs.subList(i, i + 2).clear();
                return value;
            }
        }
        return null;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** What sanitising one text found, for the editor. */
    private static final class Report implements HtmlChangeListener<Report> {
        int imagesWithoutAlt;
        int imagesWithAddress;
        int imagesKept;
        final Set<String> embeddedRemoved = new TreeSet<>();

        @Override
        public void discardedTag(Report context, String elementName) {
            String name = elementName.toLowerCase(Locale.ROOT);
            if (EMBEDDED.contains(name)) {
                embeddedRemoved.add(name);
            }
        }

        @Override
        public void discardedAttributes(Report context, String tagName, String... attributeNames) {
            // Attributes go silently: Quill writes none that carry content.
        }
    }
}
