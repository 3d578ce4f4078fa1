package city.clearway.impound;

/** The fuel gauge as a clerk reads it at intake: in quarters, as the needle shows it. */
public enum FuelLevel {
    EMPTY,
    QUARTER,
    HALF,
    THREE_QUARTERS,
    FULL
}
