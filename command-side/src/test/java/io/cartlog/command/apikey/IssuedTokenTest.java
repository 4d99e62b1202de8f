package io.cartlog.command.apikey;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IssuedTokenTest {

    @Test
    void tokensAreTheirPrefixAnd64RandomHexDigits() {
        IssuedToken publishable = IssuedToken.issue(KeyType.PUBLISHABLE);
        IssuedToken secret = IssuedToken.issue(KeyType.SECRET);

        assertThat(publishable.clear()).matches("pk_[0-9a-f]{64}");
        assertThat(secret.clear()).matches("sk_[0-9a-f]{64}");
        assertThat(IssuedToken.issue(KeyType.SECRET).clear()).isNotEqualTo(secret.clear());
    }

    @Test
    void redactionKeepsTheFirstSixAndLastThreeCharacters() {
        assertThat(IssuedToken.redact("sk_1a2b3c4d5e6f")).isEqualTo("sk_1a2***e6f");
    }

    @Test
    void hashIsTheHexSha256OfTheToken() {
        assertThat(IssuedToken.sha256("test"))
                .isEqualTo("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    }
}
