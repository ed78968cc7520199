package com.tripavail.testenv;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;

/**
 * Tokens for the in-server tests: real ones through the API, and hand-made ones signed with the
 * server's development key (read from the work directory) so each verification rule can be broken
 * one at a time.
 */
public final class TestTokens {
    public record Account(String id, String email, String password, String accessToken, String refreshToken) {}

    private TestTokens() {}

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    public static Response register(String email, String password, String role) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password, "displayName", "Test User", "role", role))
                .post("/v1/auth/register");
    }

    public static Account newAccount(String role) {
        String email = uniqueEmail(role.toLowerCase());
        String password = "Correct-Horse-" + UUID.randomUUID();
        Response r = register(email, password, role);
        r.then().statusCode(201);
        return new Account(r.path("user.id"), email, password, r.path("accessToken"), r.path("refreshToken"));
    }

    public static Response login(String email, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .post("/v1/auth/login");
    }

    public static RsaJsonWebKey serverKey() throws Exception {
        Path file = Path.of(System.getProperty("tripavail.workDir", "target/it-work"))
                .resolve("jwt-dev-key.json");
        return (RsaJsonWebKey) PublicJsonWebKey.Factory.newPublicJwk(Files.readString(file));
    }

    public static RsaJsonWebKey strangerKey() throws Exception {
        RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
        key.setKeyId("stranger");
        return key;
    }

    public static JwtClaims validClaims(String subject, String role) {
        JwtClaims c = new JwtClaims();
        long now = Instant.now().getEpochSecond();
        c.setIssuer("tripavail");
        c.setAudience("tripavail-api");
        c.setSubject(subject);
        c.setClaim("upn", subject);
        c.setStringListClaim("groups", List.of(role));
        c.setIssuedAt(NumericDate.fromSeconds(now));
        c.setExpirationTime(NumericDate.fromSeconds(now + 600));
        c.setJwtId(UUID.randomUUID().toString());
        return c;
    }

    public static String sign(RsaJsonWebKey key, String kid, JwtClaims claims) throws Exception {
        return sign(key, kid, claims, jws -> {});
    }

    public static String sign(RsaJsonWebKey key, String kid, JwtClaims claims, Consumer<JsonWebSignature> tweak)
            throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(kid);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        tweak.accept(jws);
        return jws.getCompactSerialization();
    }
}
