package org.civicportal.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.LaTeXObject;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ObjectResolutionException;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/**
 * Reads BibTeX files. The file is first cut into entries at each "@" (outside braces, or at the
 * start of a line), so that each entry keeps its line number and one broken entry does not hide
 * the others; each entry is then parsed by jbibtex, and LaTeX in its fields ({\"o}, \&, --) is
 * turned into plain Unicode text.
 */
final class BibTeXReader {

    private BibTeXReader() {
    }

    /**
     * Braces nest two or three levels in real entries; the parsers recurse once per level, so a
     * file of nothing but "{" must be stopped before it reaches them.
     */
    static final int MAX_BRACE_DEPTH = 16;

    /**
     * Reads every entry of a BibTeX file; the caller has already capped the file's size.
     *
     * @return the entries, or null when the file has more than {@code maxEntries}
     */
    static List<ReadEntry> read(String content, int maxEntries) {
        List<Chunk> chunks = chunks(content, maxEntries);
        if (chunks == null) {
            return null;
        }
        List<ReadEntry> entries = new ArrayList<>();
        EntryParser parser;
        try {
            parser = new EntryParser();
        } catch (ParseException e) {
            throw new IllegalStateException("The BibTeX parser could not start", e);
        }
        for (Chunk chunk : chunks) {
            String kind = chunk.kind();
            if (kind.equals("comment") || kind.equals("preamble")) {
                continue;
            }
            if (chunk.tooDeep()) {
                entries.add(new ReadEntry(null, chunk.line(), List.of("Line " + chunk.line()
                        + ": this entry has braces nested more than " + MAX_BRACE_DEPTH + " levels deep.")));
                continue;
            }
            try {
                BibTeXDatabase db = parser.parse(new StringReader(chunk.text()));
                for (BibTeXString s : db.getStrings().values()) {
                    parser.addMacro(s); // "@string" abbreviations serve the entries after them
                }
                if (kind.equals("string")) {
                    continue;
                }
                if (db.getEntries().isEmpty()) {
                    entries.add(unreadable(chunk, chunk.line()));
                } else {
                    for (BibTeXEntry entry : db.getEntries().values()) {
                        List<String> problems = new ArrayList<>();
                        entries.add(new ReadEntry(record(entry, chunk.line(), problems), chunk.line(), problems));
                    }
                }
            } catch (ParseException e) {
                Integer at = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next.beginLine : null;
                entries.add(unreadable(chunk, at == null ? chunk.line() : chunk.line() + at - 1));
            } catch (ObjectResolutionException e) {
                entries.add(new ReadEntry(null, chunk.line(), List.of("Line " + chunk.line()
                        + ": this entry uses an abbreviation that no @string defines.")));
            } catch (TokenMgrException | IllegalArgumentException | IllegalStateException e) {
                // jbibtex reports characters it cannot take as unchecked exceptions (older versions: an Error)
                entries.add(unreadable(chunk, chunk.line()));
            }
        }
        return entries;
    }

    private static ReadEntry unreadable(Chunk chunk, int near) {
        String where = near > chunk.line() ? " (the trouble is near line " + near + ")" : "";
        return new ReadEntry(null, chunk.line(), List.of("Line " + chunk.line() + ": this entry could not be read"
                + where + "; check its braces, quotes and commas."));
    }

    /** One "@..." entry cut from the file, with the line it starts on and whether its braces nest too deep. */
    record Chunk(int line, String text, boolean tooDeep) {
        /** @return the word after "@" in lower case: "article", "string", "comment", ... */
        String kind() {
            int i = 1;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            return text.substring(start, i).toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Cuts the file at each "@" that starts an entry: one outside any braces, or one at the start
     * of a line (so an entry missing its closing brace does not swallow the entries after it).
     *
     * @param limit the most entries wanted
     * @return the entries, or null when the file has more than {@code limit}
     */
    static List<Chunk> chunks(String content, int limit) {
        List<Chunk> chunks = new ArrayList<>();
        int depth = 0;
        int maxDepth = 0;
        int line = 1;
        boolean lineStart = true;
        int start = -1;
        int startLine = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '@' && (depth == 0 || lineStart)) {
                if (start >= 0) {
                    chunks.add(new Chunk(startLine, content.substring(start, i), maxDepth > MAX_BRACE_DEPTH));
                    if (chunks.size() > limit) {
                        return null;
                    }
                }
                start = i;
                startLine = line;
                depth = 0;
                maxDepth = 0;
            } else if (c == '{') {
                depth++;
                maxDepth = Math.max(maxDepth, depth);
            } else if (c == '}' && depth > 0) {
                depth--;
            }
            if (c == '\n') {
                line++;
                lineStart = true;
            } else if (!Character.isWhitespace(c)) {
                lineStart = false;
            }
        }
        if (start >= 0) {
            chunks.add(new Chunk(startLine, content.substring(start), maxDepth > MAX_BRACE_DEPTH));
        }
        return chunks.size() > limit ? null : chunks;
    }

    private static BibliographicRecord record(BibTeXEntry entry, int line, List<String> problems) {
        Map<String, String> f = new HashMap<>();
        for (Map.Entry<Key, Value> e : entry.getFields().entrySet()) {
            f.put(e.getKey().getValue().toLowerCase(Locale.ROOT), e.getValue().toUserString());
        }
        String url = plainCode(f.get("url"));
        BibliographyType type = typeOf(entry.getType().getValue(), url != null);
        BibliographicRecord.Builder b = BibliographicRecord.builder().type(type).url(url)
                .doi(plainCode(f.get("doi")));
        String names = f.get("author");
        if (names != null) {
            for (String[] name : BibTeXNames.split(names)) {
                b.author(text(name[0]), text(name[1]));
            }
        }
        String yearText = f.containsKey("year") ? f.get("year") : f.get("date");
        Integer year = FieldText.yearOf(yearText);
        if (yearText != null && !yearText.isBlank() && year == null) {
            problems.add("Line " + line + ": the year \"" + FieldText.oneLine(text(yearText)) + "\" could not be read.");
        }
        b.year(year).title(text(f.get("title")));
        b.container(text(first(f, "journal", "journaltitle", "booktitle", "howpublished", "series")));
        b.publisher(text(first(f, "publisher", "institution", "school", "organization")));
        b.volume(text(f.get("volume"))).issue(text(first(f, "number", "issue")));
        String pages = f.get("pages");
        b.pages(pages == null ? null : text(pages.replace("--", "-")));
        b.abstractText(text(f.get("abstract")));
        FieldText.splitTags(text(f.get("keywords"))).forEach(b::tag);
        return b.build();
    }

    private static String first(Map<String, String> fields, String... names) {
        for (String name : names) {
            String v = fields.get(name);
            if (v != null && !v.isBlank() && !v.strip().startsWith("\\url")) {
                return v;
            }
        }
        return null;
    }

    /** Maps a BibTeX entry type to the library's kinds; "misc" and unknown types depend on a web address. */
    static BibliographyType typeOf(String entryType, boolean hasUrl) {
        return switch (entryType.toLowerCase(Locale.ROOT)) {
            case "article" -> BibliographyType.ARTICLE;
            case "book", "booklet", "mvbook" -> BibliographyType.BOOK;
            case "incollection", "inbook", "inproceedings", "conference" -> BibliographyType.CHAPTER;
            case "techreport", "report", "phdthesis", "mastersthesis", "thesis", "unpublished", "manual" ->
                    BibliographyType.REPORT;
            case "online", "electronic", "www", "webpage" -> BibliographyType.WEB_PAGE;
            default -> hasUrl ? BibliographyType.WEB_PAGE : BibliographyType.REPORT;
        };
    }

    /** Turns a LaTeX field value into plain text: accents to letters, braces dropped, spaces collapsed. */
    static String text(String latex) {
        if (latex == null) {
            return null;
        }
        String plain;
        if (latex.indexOf('\\') < 0 && latex.indexOf('{') < 0 && latex.indexOf('~') < 0 && !latex.contains("--")) {
            plain = latex;
        } else {
            try {
                List<LaTeXObject> objects = new LaTeXParser().parse(latex);
                plain = new LaTeXPrinter().print(objects);
            } catch (ParseException | TokenMgrException | IllegalArgumentException | IllegalStateException e) {
                plain = withoutBraces(latex); // LaTeX it cannot follow: keep the letters rather than lose the field
            }
        }
        return FieldText.oneLine(plain);
    }

    /** DOIs and web addresses are code, not text: only the escapes people add for LaTeX are undone. */
    private static String plainCode(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() && "_%&#$~".indexOf(value.charAt(i + 1)) >= 0) {
                continue;
            }
            if (c != '{' && c != '}') {
                b.append(c);
            }
        }
        return b.toString().strip();
    }

    private static String withoutBraces(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '{' && c != '}' && c != '\\') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** jbibtex's parser, made to leave cross-references alone: each entry is read on its own. */
    private static final class EntryParser extends BibTeXParser {
        EntryParser() throws ParseException {
            super(); // the no-argument constructor knows the month abbreviations (jan, feb, ...)
        }

        @Override
        public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
            // a crossref to an entry elsewhere in the file is not needed for the fields the library keeps
        }
    }
}
