package city.clearway.appeal;

/** {@code UPHELD}: the violation stands. {@code OVERTURNED}: it is cancelled, and its fine, tow and storage with it. */
public enum AppealOutcome {
    UPHELD, OVERTURNED
}
