package org.civicportal.account;

/** What a person may do in the portal. An account holds one or more. */
public enum Role {
    /** Anyone who signed up and confirmed their email. */
    MEMBER,
    /** Publishes case studies, research and training. */
    EDITOR,
    /** A vetted service provider managing listings in the marketplace. */
    PROVIDER,
    /** Runs the portal: accounts, dues, events. */
    ADMIN;

    /** The role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String MEMBER = "MEMBER";
        public static final String EDITOR = "EDITOR";
        public static final String PROVIDER = "PROVIDER";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
