package org.civicportal.membership;

/** Whether a membership needed, and got, an administrator's approval (the CAO/ACAO rate does). */
public enum Approval {
    NOT_NEEDED, PENDING, APPROVED, REJECTED
}
