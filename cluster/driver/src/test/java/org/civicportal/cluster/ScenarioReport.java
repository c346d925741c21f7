package org.civicportal.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The run's summary: each scenario passed or failed with its time and why, and the figures the
 * scenarios measured. Printed when the class is done, and written to the report file.
 */
final class ScenarioReport implements BeforeTestExecutionCallback, AfterTestExecutionCallback, AfterAllCallback {

    private static final List<String> LINES = new ArrayList<>();
    private static final List<String> FIGURES = new ArrayList<>();
    private static long started;

    /** A figure measured by a scenario, for the summary. */
    static synchronized void figure(String text) {
        FIGURES.add(text);
        System.out.println("  figure: " + text);
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        started = System.nanoTime();
        System.out.println("--- " + context.getDisplayName());
    }

    @Override
    public synchronized void afterTestExecution(ExtensionContext context) {
        double seconds = (System.nanoTime() - started) / 1e9;
        Optional<Throwable> failure = context.getExecutionException();
        String line = String.format(Locale.ROOT, "%-4s %6.1f s  %s", failure.isPresent() ? "FAIL" : "PASS", seconds,
                context.getDisplayName());
        LINES.add(line);
        failure.ifPresent(problem -> LINES.add("             " + firstLine(problem)));
        System.out.println(line);
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) throws IOException {
        List<String> report = new ArrayList<>();
        report.add("Cluster test: two nodes behind nginx");
        report.addAll(LINES);
        report.add("Figures:");
        FIGURES.forEach(figure -> report.add("  " + figure));
        // indented on the console, so that a filter on the lines above does not show them twice
        report.forEach(line -> System.out.println("  " + line));
        Settings settings = Settings.fromSystemProperties();
        if (settings.reportFile().getParent() != null) {
            Files.createDirectories(settings.reportFile().getParent());
        }
        Files.write(settings.reportFile(), report);
    }

    /** What went wrong, on one line of a readable length; the driver's log has the whole of it. */
    private static String firstLine(Throwable problem) {
        String message = String.valueOf(problem.getMessage());
        if (problem instanceof org.opentest4j.MultipleFailuresError several && !several.getFailures().isEmpty()) {
            message = several.getFailures().size() + " failure(s), the first: " + several.getFailures().get(0).getMessage();
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return problem.getClass().getSimpleName() + ": " + (line.length() > 600 ? line.substring(0, 600) + " …" : line);
    }
}
