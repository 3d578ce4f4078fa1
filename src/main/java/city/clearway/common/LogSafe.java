package city.clearway.common;

/**
 * What a client sent, made safe to write into a log: a path, or the message of an exception that quotes a request.
 * Line breaks, other control characters and the characters that reorder text on screen are written as escapes
 * (a backslash, {@code u} and four hex digits), so no input can end a log line early, forge the next one, or hide
 * what it says.
 */
public final class LogSafe {

    private static final int MAX_CAUSES = 20;

    private LogSafe() {
    }

    public static String text(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder safe = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(c)) {
                safe.append(String.format("\\u%04x", (int) c));
            } else {
                safe.append(c);
            }
        }
        return safe.toString();
    }

    /** The same exception for the log: its class names and stack frames as they were, every message made safe. */
    public static Throwable throwable(Throwable e) {
        return new Escaped(e, MAX_CAUSES);
    }

    private static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }

    private static final class Escaped extends RuntimeException {

        private final String shown;

        Escaped(Throwable original, int causesLeft) {
            super(null, original.getCause() == null || causesLeft == 0 ? null : new Escaped(original.getCause(), causesLeft - 1), false, true);
            String message = original.getMessage();
            this.shown = original.getClass().getName() + (message == null ? "" : ": " + text(message));
            setStackTrace(original.getStackTrace());
        }

        @Override
        public String getMessage() {
            return shown;
        }

        @Override
        public String toString() {
            return shown;
        }
    }
}
