package city.clearway.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void refusesShortCommonAndUsernamePasswords() {
        assertThat(PasswordPolicy.problems("clerk-2", "password12")).containsExactly("password-too-short");
        assertThat(PasswordPolicy.problems("clerk-2", " ".repeat(10))).containsExactly("password-too-short");
        assertThat(PasswordPolicy.problems("clerk-2", " ".repeat(14))).containsExactly("password-too-short");
        assertThat(PasswordPolicy.problems("reza.ahmadi12", "Reza.Ahmadi12")).containsExactly("password-is-username");
        assertThat(PasswordPolicy.problems("clerk-2", "passwordpassword")).containsExactly("password-too-common");
        assertThat(PasswordPolicy.problems("clerk-2", "qwertyuiop123")).containsExactly("password-too-common");
        assertThat(PasswordPolicy.problems("clerk-2", "aaaaaaaaaaaaaaaa")).containsExactly("password-too-common");
        assertThat(PasswordPolicy.problems("clerk-2", "1234567890abcd")).containsExactly("password-too-common");
        assertThat(PasswordPolicy.problems("clerk-2", "ب".repeat(37))).containsExactly("password-too-long");
    }

    @Test
    void acceptsLongUnusualPasswords() {
        assertThat(PasswordPolicy.problems("clerk-2", "tehran-137-city")).isEmpty();
        assertThat(PasswordPolicy.problems("clerk-2", "correct horse battery")).isEmpty();
        assertThat(PasswordPolicy.problems("clerk-2", "گذرواژه‌ی بلند من ۱۴۰۵")).isEmpty();
        assertThat(PasswordPolicy.problems("clerk-2", "x".repeat(3) + "Tabriz1405!!")).isEmpty();
    }
}
