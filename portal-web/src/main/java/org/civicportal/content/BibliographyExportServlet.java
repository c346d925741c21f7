package org.civicportal.content;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The public bibliography as a file for a reference manager
 * ({@code /library/export?format=ris|bibtex|csl-json|csv}), all of it or the entries ticked on the
 * bibliography page ({@code &item=12&item=15}). Public, no session.
 */
@WebServlet("/library/export")
public class BibliographyExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private enum Format {
        RIS("application/x-research-info-systems", "ris", BibliographyExport::toRis),
        BIBTEX("application/x-bibtex", "bib", BibliographyExport::toBibTeX),
        CSL_JSON("application/vnd.citationstyles.csl+json", "json", BibliographyExport::toCslJson),
        CSV("text/csv", "csv", BibliographyExport::toCsv);

        final String mediaType;
        final String extension;
        final Function<List<BibliographicRecord>, String> writer;

        Format(String mediaType, String extension, Function<List<BibliographicRecord>, String> writer) {
            this.mediaType = mediaType;
            this.extension = extension;
            this.writer = writer;
        }

        static Format named(String name) {
            return switch (name == null ? "" : name) {
                case "ris" -> RIS;
                case "bibtex" -> BIBTEX;
                case "csl-json" -> CSL_JSON;
                case "csv" -> CSV;
                default -> null;
            };
        }
    }

    /** More than a page of the bibliography could hold: beyond this, the rest of a selection is ignored. */
    private static final int MAX_CHOSEN = 500;

    @Inject
    LibraryReading reading;

    /** The items ticked on the bibliography page ({@code item=12&item=15}); none means the whole bibliography. */
    private static Set<Long> chosenItems(String[] values) {
        Set<Long> chosen = new HashSet<>();
        if (values != null) {
            for (int i = 0; i < values.length && i < MAX_CHOSEN; i++) {
                QueryParameters.number(values[i], 18).ifPresent(chosen::add);
            }
        }
        return chosen;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Format format = Format.named(request.getParameter("format"));
        if (format == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "Choose ris, bibtex, csl-json or csv.");
            return;
        }
        Set<Long> chosen = chosenItems(request.getParameterValues("item"));
        List<BibliographicRecord> records = reading.wholeBibliography().stream()
                .filter(entry -> chosen.isEmpty() || chosen.contains(entry.getItem().getId()))
                .map(BibliographyEntry::toRecord).toList();
        response.setContentType(format.mediaType + ";charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename=\"bibliography." + format.extension + "\"");
        response.getWriter().write(format.writer.apply(records));
    }
}
