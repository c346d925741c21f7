package org.civicportal.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * For servlets that send a file about one thing named by a numeric parameter (a receipt, a
 * calendar file, a certificate, a list): a missing, malformed or unknown id, or one the caller
 * may not see, all answer the same "not found", which does not even confirm that it exists.
 */
public final class Downloads {

    private Downloads() {
    }

    /**
     * The thing the parameter names, or empty after answering 404.
     *
     * @param finder finds it by id, empty when it does not exist or is not the caller's
     */
    public static <T> Optional<T> find(HttpServletRequest request, String parameter, LongFunction<Optional<T>> finder,
                                       HttpServletResponse response) throws IOException {
        Optional<T> found;
        try {
            found = finder.apply(Long.parseLong(request.getParameter(parameter)));
        } catch (NumberFormatException malformedOrMissing) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
        return found;
    }
}
