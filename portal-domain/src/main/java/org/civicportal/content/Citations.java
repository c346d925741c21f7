package org.civicportal.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Bibliography;

/**
 * Formats bibliography entries as reference-list citations in APA (7th edition) and Chicago
 * author-date style, using the official Citation Style Language styles "apa" (American
 * Psychological Association 7th edition) and "chicago-author-date" with the en-US locale, taken from
 * the CSL project's style and locale repositories (https://github.com/citation-style-language),
 * licensed CC BY-SA 3.0, through the org.citationstyles:styles and :locales artifacts.
 *
 * <p>Building a style engine parses the style and its locale and takes a noticeable fraction of a
 * second, so each style's engine is built once, on first use, and reused. The engine keeps state
 * between calls and is not safe for concurrent use, so each one is used under its own lock.
 */
public final class Citations {

    private static final Engine APA = new Engine("apa");
    private static final Engine CHICAGO = new Engine("chicago-author-date");

    private Citations() {
    }

    /** @return the APA 7th edition reference as plain text (italics are lost), without a line end */
    public static String apa(BibliographicRecord record) {
        return APA.format(record, "text");
    }

    /** @return the APA 7th edition reference as an HTML fragment, with the title or journal in italics */
    public static String apaHtml(BibliographicRecord record) {
        return APA.format(record, "html");
    }

    /** @return the Chicago author-date reference as plain text, without a line end */
    public static String chicagoAuthorDate(BibliographicRecord record) {
        return CHICAGO.format(record, "text");
    }

    /** @return the Chicago author-date reference as an HTML fragment */
    public static String chicagoAuthorDateHtml(BibliographicRecord record) {
        return CHICAGO.format(record, "html");
    }

    /** One style's engine, fed one entry at a time through a provider that holds just that entry. */
    private static final class Engine implements ItemDataProvider {
        private static final String ID = "entry";
        private final String style;
        private CSL csl;
        private CSLItemData current;

        Engine(String style) {
            this.style = style;
        }

        synchronized String format(BibliographicRecord record, String outputFormat) {
            if (record == null) {
                throw new IllegalArgumentException("No entry to cite");
            }
            try {
                if (csl == null) {
                    csl = new CSL(this, style); // loads "<style>.csl" and the en-US locale from the classpath
                }
                current = CslItems.of(ID, record);
                csl.reset();
                csl.setOutputFormat(outputFormat);
                csl.registerCitationItems(ID);
                Bibliography bibliography = csl.makeBibliography();
                return bibliography.getEntries()[0].strip();
            } catch (IOException e) {
                throw new UncheckedIOException("The citation style " + style + " could not be loaded", e);
            } finally {
                current = null;
            }
        }

        @Override
        public CSLItemData retrieveItem(String id) {
            return ID.equals(id) ? current : null;
        }

        @Override
        public Collection<String> getIds() {
            return current == null ? List.of() : List.of(ID);
        }
    }
}
