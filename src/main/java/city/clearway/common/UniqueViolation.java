package city.clearway.common;

import java.sql.SQLException;

/** Recognises the database refusing a duplicate key (SQLSTATE 23505 on both H2 and PostgreSQL), however it is wrapped. */
public final class UniqueViolation {

    private static final String SQL_STATE = "23505";

    private UniqueViolation() {
    }

    public static boolean causedIt(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
