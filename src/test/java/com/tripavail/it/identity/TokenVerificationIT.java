package com.tripavail.it.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.tripavail.testenv.TestSettings;
import com.tripavail.testenv.TestTokens;
import com.tripavail.testenv.TestTokens.Account;
import com.tripavail.testenv.TripAvailServer;
import io.restassured.response.Response;
import java.time.Instant;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * mpJwt in the real server: every refused token, on protected and public endpoints alike, is a 401
 * problem+json with a request id and a {@code WWW-Authenticate: Bearer} challenge; a call without a
 * token to a protected endpoint likewise (without an error code); roles give 403.
 */
@ExtendWith(TripAvailServer.class)
class TokenVerificationIT {
    private static final String CHALLENGE = "Bearer realm=\"tripavail\"";
    private static final String INVALID_TOKEN_CHALLENGE = CHALLENGE + ", error=\"invalid_token\"";

    private static Account traveler;
    private static RsaJsonWebKey key;

    @BeforeAll
    static void setUp() throws Exception {
        traveler = TestTokens.newAccount("TRAVELER");
        key = TestTokens.serverKey();
    }

    private static void assertRefused(String token) {
        assertRefused(token, "/v1/me");
    }

    private static void assertRefused(String token, String path) {
        assertUnauthorizedProblem(given().auth().oauth2(token).get(path), path, INVALID_TOKEN_CHALLENGE);
    }

    static void assertUnauthorizedProblem(Response r, String path, String challenge) {
        r.then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tripavail.example/problems/unauthorized"))
                .body("title", equalTo("Unauthorized"))
                .body("status", equalTo(401))
                .body("detail", not(emptyOrNullString()))
                .body("instance", equalTo(path))
                .body("code", equalTo("unauthorized"))
                .body("requestId", not(emptyOrNullString()))
                .body("requestId", equalTo(r.header("X-Request-Id")))
                .body(not(containsString("Exception")));
        // exactly one challenge: ours replaces the one mpJwt leaves on the response
        assertThat(r.headers().getValues("WWW-Authenticate")).containsExactly(challenge);
    }

    private static JwtClaims expiredSecondsAgo(long seconds) {
        JwtClaims claims = TestTokens.validClaims(traveler.id(), "TRAVELER");
        long now = Instant.now().getEpochSecond();
        claims.setIssuedAt(NumericDate.fromSeconds(now - 1000));
        claims.setExpirationTime(NumericDate.fromSeconds(now - seconds));
        return claims;
    }

    @Test
    void containerRejectionsAreProblemJson() {
        // once on a protected endpoint, once on a public one: a refused token is never served anonymously
        assertRefused("not-a-jwt", "/v1/me");
        assertRefused("not-a-jwt", "/v1/hotel-packages");
        assertUnauthorizedProblem(
                given().header("Authorization", "Basic dXNlcjpwYXNzd29yZA==").get("/v1/me"),
                "/v1/me",
                INVALID_TOKEN_CHALLENGE);
        // refused tokens still count against the client's address (the limiter runs before the answer)
        given().auth()
                .oauth2("not-a-jwt")
                .get("/v1/me")
                .then()
                .statusCode(401)
                .header("RateLimit-Limit", String.valueOf(TestSettings.ANON_LIMIT));
    }

    @Test
    void validTokenOnAPublicEndpointIsServedAsThatUser() throws Exception {
        given().auth()
                .oauth2(traveler.accessToken())
                .get("/v1/hotel-packages")
                .then()
                .statusCode(200)
                .header("RateLimit-Limit", String.valueOf(TestSettings.AUTH_LIMIT))
                .header("WWW-Authenticate", nullValue());
    }

    @Test
    void tokenExpiredWithinTheClockSkewIsStillAccepted() throws Exception {
        given().auth()
                .oauth2(TestTokens.sign(key, key.getKeyId(), expiredSecondsAgo(30)))
                .get("/v1/me")
                .then()
                .statusCode(200)
                .body("email", equalTo(traveler.email()));
    }

    @Test
    void handMadeTokenWithServerKeyIsAcceptedAsPositiveControl() throws Exception {
        String token = TestTokens.sign(key, key.getKeyId(), TestTokens.validClaims(traveler.id(), "TRAVELER"));
        given().auth().oauth2(token).get("/v1/me").then().statusCode(200).body("email", equalTo(traveler.email()));
    }

    @Test
    void noTokenIs401WithAChallengeButNoErrorCode() {
        assertUnauthorizedProblem(given().get("/v1/me"), "/v1/me", CHALLENGE);
        assertUnauthorizedProblem(given().get("/v1/admin/audit"), "/v1/admin/audit", CHALLENGE);
    }

    @Test
    void garbageTokenIs401() {
        assertRefused("not-a-jwt");
        assertRefused("a.b.c");
    }

    @Test
    void tamperedSignatureIs401() {
        String token = traveler.accessToken();
        String[] parts = token.split("\\.");
        char last = parts[2].charAt(10);
        String sig = parts[2].substring(0, 10) + (last == 'A' ? 'B' : 'A') + parts[2].substring(11);
        assertRefused(parts[0] + "." + parts[1] + "." + sig);
    }

    @Test
    void tamperedPayloadIs401() throws Exception {
        String[] parts = traveler.accessToken().split("\\.");
        JwtClaims claims = TestTokens.validClaims(traveler.id(), "ADMIN");
        String payload = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(claims.toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String forged = parts[0] + "." + payload + "." + parts[2];
        assertRefused(forged, "/v1/admin/audit");
    }

    /** The traveler's valid claims with the server key's id, to be signed ({@code alg}) by the caller. */
    private static JsonWebSignature travelersClaimsUnder(String alg) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(TestTokens.validClaims(traveler.id(), "TRAVELER").toJson());
        jws.setAlgorithmHeaderValue(alg);
        jws.setKeyIdHeaderValue(key.getKeyId());
        return jws;
    }

    @Test
    void algNoneIs401() throws Exception {
        JsonWebSignature jws = travelersClaimsUnder(AlgorithmIdentifiers.NONE);
        jws.setAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.NO_CONSTRAINTS);
        assertRefused(jws.getCompactSerialization());
    }

    @Test
    void expiredBeyondTheClockSkewIs401() throws Exception {
        assertRefused(TestTokens.sign(key, key.getKeyId(), expiredSecondsAgo(120))); // skew is 60 s
    }

    @Test
    void wrongIssuerIs401() throws Exception {
        JwtClaims claims = TestTokens.validClaims(traveler.id(), "TRAVELER");
        claims.setIssuer("someone-else");
        assertRefused(TestTokens.sign(key, key.getKeyId(), claims));
    }

    @Test
    void wrongAudienceIs401() throws Exception {
        JwtClaims claims = TestTokens.validClaims(traveler.id(), "TRAVELER");
        claims.setAudience("another-api");
        assertRefused(TestTokens.sign(key, key.getKeyId(), claims));
    }

    @Test
    void unknownKidIs401EvenWhenSignedWithTheServerKey() throws Exception {
        // mpJwt would accept it (it tries every key of the JWKS); BearerTokenFilter refuses it
        assertRefused(TestTokens.sign(key, "no-such-kid", TestTokens.validClaims(traveler.id(), "TRAVELER")));
        assertRefused(
                TestTokens.sign(key, "no-such-kid", TestTokens.validClaims(traveler.id(), "TRAVELER")),
                "/v1/hotel-packages");
    }

    @Test
    void strangerKeyIs401() throws Exception {
        RsaJsonWebKey stranger = TestTokens.strangerKey();
        assertRefused(TestTokens.sign(stranger, key.getKeyId(), TestTokens.validClaims(traveler.id(), "TRAVELER")));
    }

    @Test
    void hs256SignedWithThePublicKeyIs401() throws Exception {
        JsonWebSignature jws = travelersClaimsUnder(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setKey(new javax.crypto.spec.SecretKeySpec(key.getPublicKey().getEncoded(), "HmacSHA256"));
        jws.setDoKeyValidation(false);
        assertRefused(jws.getCompactSerialization());
    }

    @Test
    void travelerOnAdminEndpointIs403() {
        given().auth()
                .oauth2(traveler.accessToken())
                .get("/v1/admin/audit")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("forbidden"));
        // the role check is JAX-RS's (@RolesAllowed), so this 403 goes through the problem mapper
    }
}
