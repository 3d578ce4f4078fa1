package city.clearway.common;

/** Money in Clearway is a whole number of Iranian rials, never a fraction. */
public final class Rials {

    public static final String CURRENCY = "IRR";

    /** The largest single amount accepted anywhere (a trillion rials), far above any real fee, far below overflow. */
    public static final long MAX_AMOUNT = 1_000_000_000_000L;

    private Rials() {
    }
}
