package org.civicportal.account;

import jakarta.ejb.ApplicationException;

/** A mailed link that cannot be used: unknown, expired or already used. */
@ApplicationException(rollback = true)
public class TokenRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final TokenProblem problem;

    public TokenRejectedException(TokenProblem problem) {
        super(problem.message());
        this.problem = problem;
    }

    public TokenProblem problem() {
        return problem;
    }
}
