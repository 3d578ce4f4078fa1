package city.clearway.security;

import com.nulabinc.zxcvbn.Zxcvbn;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a password must be (PRODUCT §7): at least 12 characters, not the username, and not made of common passwords,
 * words, repeats or keyboard runs. The last is judged by zxcvbn and its lists of common passwords: anything it
 * expects to fall within 10^8 guesses is refused.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    public static final int MAX_BYTES = 72;
    private static final int MIN_SCORE = 3;

    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    private PasswordPolicy() {
    }

    /** Why the password is refused, as message keys of {@code field.*}; empty when it is acceptable. */
    public static List<String> problems(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (password.codePointCount(0, password.length()) < MIN_LENGTH || password.isBlank()) {
            problems.add("password-too-short");
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add("password-too-long");
        } else if (username != null && password.strip().toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT))) {
            problems.add("password-is-username");
        } else if (ESTIMATOR.measure(password, username == null ? List.of() : List.of(username)).getScore() < MIN_SCORE) {
            problems.add("password-too-common");
        }
        return problems;
    }
}
