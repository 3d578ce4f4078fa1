package city.clearway.appeal;

/** An appeal waits for a supervisor, who decides it once. */
public enum AppealStatus {
    OPEN, DECIDED
}
