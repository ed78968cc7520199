package com.tripavail.identity.token;

import static com.tripavail.identity.token.BearerTokenFilter.Verdict.ACCEPTED;
import static com.tripavail.identity.token.BearerTokenFilter.Verdict.NO_CREDENTIALS;
import static com.tripavail.identity.token.BearerTokenFilter.Verdict.REJECTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BearerTokenFilterTest {
    private static final Set<String> KIDS = Set.of("key-a", "key-b");

    private static String token(String headerJson) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString("{}".getBytes(StandardCharsets.UTF_8)) + ".sig";
    }

    @Test
    void noHeaderMeansNoCredentials() {
        assertThat(BearerTokenFilter.verdict(null, false, KIDS)).isEqualTo(NO_CREDENTIALS);
        assertThat(BearerTokenFilter.verdict("  ", false, KIDS)).isEqualTo(NO_CREDENTIALS);
    }

    @Test
    void credentialsWithoutACallerAreMpJwtsRefusal() {
        assertThat(BearerTokenFilter.verdict("Bearer " + token("{\"kid\":\"key-a\"}"), false, KIDS))
                .isEqualTo(REJECTED);
        assertThat(BearerTokenFilter.verdict("Bearer not-a-jwt", false, KIDS)).isEqualTo(REJECTED);
        assertThat(BearerTokenFilter.verdict("Basic dXNlcjpwYXNz", false, KIDS)).isEqualTo(REJECTED);
    }

    @Test
    void aVerifiedTokenPassesOnlyWithAnAcceptedKeyId() {
        assertThat(BearerTokenFilter.verdict("Bearer " + token("{\"alg\":\"RS256\",\"kid\":\"key-b\"}"), true, KIDS))
                .isEqualTo(ACCEPTED);
        assertThat(BearerTokenFilter.verdict("bearer  " + token("{\"kid\":\"key-a\"}") + " ", true, KIDS))
                .isEqualTo(ACCEPTED);
        assertThat(BearerTokenFilter.verdict("Bearer " + token("{\"kid\":\"other\"}"), true, KIDS))
                .isEqualTo(REJECTED);
        assertThat(BearerTokenFilter.verdict("Bearer " + token("{\"alg\":\"RS256\"}"), true, KIDS))
                .isEqualTo(REJECTED);
        assertThat(BearerTokenFilter.verdict("Bearer " + token("{\"kid\":7}"), true, KIDS))
                .isEqualTo(REJECTED);
    }

    @Test
    void unreadableHeadersHaveNoKeyId() {
        assertThat(BearerTokenFilter.keyId(null)).isNull();
        assertThat(BearerTokenFilter.keyId("no-dots")).isNull();
        assertThat(BearerTokenFilter.keyId("%%%.x.y")).isNull();
        assertThat(BearerTokenFilter.keyId(token("[1,2]"))).isNull();
        assertThat(BearerTokenFilter.keyId(token("not json"))).isNull();
        assertThat(BearerTokenFilter.bearerToken("Basic abc")).isNull();
    }
}
