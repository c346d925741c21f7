package org.civicportal.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A measurement, not a test: indexes 10,000 generated library items and times 2,000 varied searches
 * (one word, two words, a typo, words with filters, a filtered listing) after a warm-up, next to the
 * same words looked up as plain term queries without facets nor snippets. Its name keeps it out of
 * the normal build; run it with {@code bench/search/run.sh}.
 */
class LibrarySearchBenchmark {

    static final int DOCUMENTS = 10_000;
    static final int SEARCHES = 2_000;
    static final int WARM_UP = 1_000;

    private static final String[] TYPES = {"case-study", "research-summary", "bibliography", "training", "programme", "event"};
    private static final String[] AREAS = {"Water", "Wastewater", "Roads", "Transit", "Policing", "Fire and rescue",
        "Emergency management", "Libraries", "Parks", "Public health", "Housing", "Planning", "Procurement",
        "Information technology", "Solid waste", "Animal control", "Assessment", "Courts"};
    private static final String[] PARTNERS = {"County", "City", "Town", "Township", "School district",
        "Special district", "State agency", "Tribal government", "Nonprofit", "Private firm"};
    private static final String[] BANDS = {"under 5,000", "5,000-25,000", "25,000-100,000", "100,000-500,000", "over 500,000"};
    /** Domain words, the first ones most frequent (the generator draws them with a skewed distribution). */
    private static final String[] WORDS = ("""
        service shared agreement county city municipal government regional cost savings cooperation
        collaboration intergovernmental consolidation contract contracting joint board council budget
        staff public local state district authority program equipment facility maintenance operations
        residents community performance efficiency accountability governance policy analysis survey
        evaluation implementation partnership funding revenue taxes grant capital infrastructure
        water wastewater roads highway transit police sheriff fire rescue emergency dispatch library
        parks recreation health housing planning zoning procurement purchasing technology network
        broadband software records assessment courts jail corrections waste recycling landfill animal
        shelter inspection permits licensing elections clerk treasurer payroll benefits pension insurance
        risk liability legal attorney lawsuit dispute mediation negotiation union labor workforce training
        leadership management manager administrator commissioner mayor legislature statute ordinance
        charter annexation boundary merger dissolution feasibility study report findings recommendation
        lessons barriers incentives outcomes quality equity rural urban suburban metropolitan population
        growth decline fiscal stress deficit reserve bond debt rating audit transparency citizen
        engagement participation trust communication media volunteer nonprofit private vendor market
        competition pricing fee charge subsidy formula allocation distribution interlocal compact
        commission consortium cooperative alliance network coalition collaborative arrangement transfer
        functional responsibility jurisdiction territory overlap fragmentation duplication scale economies
        """).strip().split("\\s+");

    @Test
    void measure() throws IOException {
        Random random = new Random(42);
        List<SearchDocument> docs = new ArrayList<>(DOCUMENTS);
        for (int i = 0; i < DOCUMENTS; i++) {
            docs.add(document(i, random));
        }
        List<SearchRequest> searches = new ArrayList<>();
        for (int i = 0; i < WARM_UP + SEARCHES; i++) {
            searches.add(search(random));
        }

        try (LibraryIndex index = LibraryIndex.inMemory()) {
            long start = System.nanoTime();
            for (SearchDocument doc : docs) {
                index.put(doc);
            }
            index.commit();
            double indexingSeconds = (System.nanoTime() - start) / 1e9;

            int found = 0;
            for (SearchRequest request : searches.subList(0, WARM_UP)) {
                index.search(request);
                index.plainLookup(request.text());
            }
            double[] full = new double[SEARCHES];
            double[] plain = new double[SEARCHES];
            for (int i = 0; i < SEARCHES; i++) {
                SearchRequest request = searches.get(WARM_UP + i);
                long t0 = System.nanoTime();
                SearchResults results = index.search(request);
                long t1 = System.nanoTime();
                index.plainLookup(request.text());
                long t2 = System.nanoTime();
                full[i] = (t1 - t0) / 1e6;
                plain[i] = (t2 - t1) / 1e6;
                if (results.total() > 0) {
                    found++;
                }
            }
            double[] concurrent = concurrently(index, searches.subList(WARM_UP, WARM_UP + SEARCHES));
            String report = report(indexingSeconds, full, plain, concurrent, found)
                    + byKind(searches.subList(WARM_UP, WARM_UP + SEARCHES), full);
            System.out.println(report);
            Path out = Path.of("target", "library-search-benchmark.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            // a sanity check that the searches measured do find things, not a time limit
            assertTrue(found > SEARCHES / 2, "only " + found + " searches found anything");
        }
    }

    /** The same searches split over two threads at once, each thread's latencies pooled. */
    private static double[] concurrently(LibraryIndex index, List<SearchRequest> requests) {
        double[] times = new double[requests.size()];
        Thread[] threads = new Thread[2];
        for (int t = 0; t < threads.length; t++) {
            int first = t;
            threads[t] = new Thread(() -> {
                for (int i = first; i < requests.size(); i += threads.length) {
                    long t0 = System.nanoTime();
                    index.search(requests.get(i));
                    times[i] = (System.nanoTime() - t0) / 1e6;
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return times;
    }

    private static String report(double indexingSeconds, double[] full, double[] plain, double[] concurrent, int found) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Library search benchmark: %,d documents, %,d searches after %,d warm-up, %d cores%n",
                DOCUMENTS, SEARCHES, WARM_UP, Runtime.getRuntime().availableProcessors()));
        out.append(String.format(Locale.ROOT, "indexing (put all + commit): %.2f s%n", indexingSeconds));
        out.append(line("full search (1 thread)", full));
        out.append(line("plain term lookup (reference)", plain));
        out.append(line("full search (2 threads at once)", concurrent));
        out.append(String.format(Locale.ROOT, "ratio full/reference: p50 %.1fx, p95 %.1fx, p99 %.1fx%n",
                pct(full, 50) / pct(plain, 50), pct(full, 95) / pct(plain, 95), pct(full, 99) / pct(plain, 99)));
        out.append(String.format(Locale.ROOT, "searches with results: %d of %d; target p95 < 50 ms: %s%n",
                found, full.length, pct(full, 95) < 50 ? "met" : "NOT met"));
        return out.toString();
    }

    /** Latencies by kind of search, to see which kind makes the tail. */
    private static String byKind(List<SearchRequest> requests, double[] ms) {
        Map<String, List<Double>> kinds = new java.util.TreeMap<>();
        for (int i = 0; i < ms.length; i++) {
            SearchRequest r = requests.get(i);
            String kind = r.text().isEmpty() ? "listing with a filter"
                    : !r.filters().isEmpty() ? "word with filters"
                    : r.text().indexOf(' ') > 0 ? "two words"
                    : Arrays.asList(WORDS).contains(r.text()) ? "one word" : "typo";
            kinds.computeIfAbsent(kind, k -> new ArrayList<>()).add(ms[i]);
        }
        StringBuilder out = new StringBuilder();
        kinds.forEach((kind, list) -> out.append(
                line("  " + kind + " (" + list.size() + ")", list.stream().mapToDouble(Double::doubleValue).toArray())));
        return out.toString();
    }

    private static String line(String what, double[] ms) {
        return String.format(Locale.ROOT, "%-32s p50 %7.3f ms  p95 %7.3f ms  p99 %7.3f ms  max %7.3f ms%n",
                what, pct(ms, 50), pct(ms, 95), pct(ms, 99), pct(ms, 100));
    }

    private static double pct(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(rank, sorted.length - 1))];
    }

    private static SearchDocument document(int i, Random random) {
        String type = TYPES[random.nextInt(TYPES.length)];
        Set<String> areas = new LinkedHashSet<>();
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            areas.add(AREAS[random.nextInt(AREAS.length)]);
        }
        Set<String> partners = new LinkedHashSet<>();
        for (int n = random.nextInt(3); n > 0; n--) {
            partners.add(PARTNERS[random.nextInt(PARTNERS.length)]);
        }
        int year = 2005 + random.nextInt(21);
        String title = capitalised(sentence(random, 4 + random.nextInt(6)));
        String summary = capitalised(sentence(random, 25 + random.nextInt(30))) + ".";
        StringBuilder body = new StringBuilder();
        for (int p = 3 + random.nextInt(30); p > 0; p--) {
            body.append(capitalised(sentence(random, 8 + random.nextInt(20)))).append(". ");
        }
        return new SearchDocument(type + ":" + i, type, type, title, summary, body.toString(), "/library/" + i,
                random.nextInt(10) == 0, areas, partners, BANDS[random.nextInt(BANDS.length)], year,
                Instant.parse(year + "-01-01T00:00:00Z").plusSeconds(random.nextInt(31_000_000)));
    }

    private static SearchRequest search(Random random) {
        int kind = random.nextInt(100);
        boolean member = random.nextInt(4) == 0;
        Map<String, Set<String>> filters = new HashMap<>();
        String text;
        if (kind < 30) {
            text = word(random);
        } else if (kind < 60) {
            text = word(random) + " " + word(random);
        } else if (kind < 75) {
            text = typo(random);
        } else if (kind < 95) {
            text = word(random);
            filters.put("serviceArea", new LinkedHashSet<>(List.of(AREAS[random.nextInt(AREAS.length)],
                    AREAS[random.nextInt(AREAS.length)])));
            if (random.nextBoolean()) {
                filters.put("type", Set.of(TYPES[random.nextInt(TYPES.length)]));
            }
        } else {
            text = "";
            filters.put("year", Set.of(String.valueOf(2005 + random.nextInt(21))));
        }
        return new SearchRequest(text, member, filters, 1 + (random.nextInt(10) == 0 ? 1 : 0), 10);
    }

    /** A word of five or more letters with one letter (never the first) dropped, doubled or changed. */
    private static String typo(Random random) {
        String word;
        do {
            word = WORDS[random.nextInt(WORDS.length)];
        } while (word.length() < 6);
        int at = 1 + random.nextInt(word.length() - 1);
        return switch (random.nextInt(3)) {
            case 0 -> word.substring(0, at) + word.substring(at + 1);
            case 1 -> word.substring(0, at) + word.charAt(at) + word.substring(at);
            default -> word.substring(0, at) + (char) ('a' + random.nextInt(26)) + word.substring(at + 1);
        };
    }

    /** A word, frequent ones more often: the square of a uniform draw favours the list's start. */
    private static String word(Random random) {
        double u = random.nextDouble();
        return WORDS[(int) (u * u * WORDS.length)];
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                s.append(' ');
            }
            s.append(word(random));
        }
        return s.toString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
