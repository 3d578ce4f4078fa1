package city.clearway.security;

/** What a user may do (PRODUCT §2). A user may hold several. */
public enum Role {
    INSPECTOR, CLERK, SUPERVISOR, AUDITOR, ADMIN;

    /** The names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String INSPECTOR = "INSPECTOR";
        public static final String CLERK = "CLERK";
        public static final String SUPERVISOR = "SUPERVISOR";
        public static final String AUDITOR = "AUDITOR";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
