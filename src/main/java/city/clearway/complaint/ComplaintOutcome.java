package city.clearway.complaint;

/** What closed a complaint; the reporter is told it in plain words, never who owned the vehicle. */
public enum ComplaintOutcome {
    /** The vehicle was towed into a lot. */
    TOWED,
    /** The owner came, paid the fine on the spot and moved the vehicle. */
    SETTLED,
    /** An inspector went and found nothing obstructing the place. */
    NOT_FOUND
}
