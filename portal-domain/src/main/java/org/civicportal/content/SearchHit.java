package org.civicportal.content;

/**
 * One found document, ready to show.
 *
 * @param key the document's key, e.g. {@code "case-study:12"}
 * @param type type code
 * @param typeLabel type as people read it
 * @param title title, plain text (escape it when writing HTML)
 * @param url where it is read
 * @param snippetHtml an excerpt of about 200 characters, already HTML-escaped, in which only
 *                    {@code <mark>} tags surround the matched words; safe to write as HTML
 * @param membersOnly whether its body is for members only
 * @param year its year, or null
 */
public record SearchHit(String key, String type, String typeLabel, String title, String url, String snippetHtml,
                        boolean membersOnly, Integer year) {
}
