package org.civicportal.decision;

/** Why a matrix cannot be totalled yet, in words its owner can act on. */
public class MatrixProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MatrixProblem(String message) {
        super(message);
    }
}
