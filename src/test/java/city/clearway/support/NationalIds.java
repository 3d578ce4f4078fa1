package city.clearway.support;

import java.util.concurrent.atomic.AtomicInteger;

/** Valid Iranian national IDs for tests: nine digits and the check digit that makes them valid. */
public final class NationalIds {

    private static final AtomicInteger NEXT = new AtomicInteger(123_456_000);

    private NationalIds() {
    }

    public static String next() {
        return withCheckDigit(String.format("%09d", NEXT.incrementAndGet()));
    }

    public static String withCheckDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int remainder = sum % 11;
        return nineDigits + (remainder < 2 ? remainder : 11 - remainder);
    }
}
