package vn.antt.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void refusesFewerThanTenCharacters() {
        assertThat(PasswordPolicy.violations("ninhthuy", "123456789")).containsExactly("password.tooShort");
        assertThat(PasswordPolicy.violations("ninhthuy", null)).containsExactly("password.tooShort");
        assertThat(PasswordPolicy.violations("ninhthuy", "1234567890")).isEmpty();
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(PasswordPolicy.violations("ninhthuy", "đổimậtkhẩu")).isEmpty();
        assertThat(PasswordPolicy.violations("ninhthuy", "đổimậtkhẩ")).containsExactly("password.tooShort");
    }

    @Test
    void refusesTheUsernameWhateverItsCaseOrDiacritics() {
        assertThat(PasswordPolicy.violations("congan-ninhhoa", "congan-ninhhoa")).containsExactly("password.sameAsUsername");
        assertThat(PasswordPolicy.violations("congan-ninhhoa", "CongAn-NinhHòa")).containsExactly("password.sameAsUsername");
        assertThat(PasswordPolicy.violations("ninhdongxa1", "NinhĐôngXa1")).containsExactly("password.sameAsUsername");
    }

    @Test
    void refusesOverlongPasswords() {
        assertThat(PasswordPolicy.violations("ninhthuy", "x".repeat(129))).containsExactly("password.tooLong");
    }
}
