package com.tripavail.identity.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jwk.VerificationJwkSelector;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {
    private static final JwtSettings SETTINGS = new JwtSettings("tripavail", "tripavail-api", 900, 3600);

    @TempDir
    Path dir;

    @Test
    void devKeyIsGeneratedOnceAndKeptAcrossRestarts() {
        Map<String, String> env = Map.of("TRIPAVAIL_WORK_DIR", dir.toString());
        SigningKeys first = SigningKeys.fromEnvironment(env::get);
        SigningKeys second = SigningKeys.fromEnvironment(env::get);
        assertThat(second.current().getKeyId())
                .isEqualTo(first.current().getKeyId())
                .startsWith("dev-");
        assertThat(Files.exists(dir.resolve("jwt-dev-key.json"))).isTrue();
        assertThat(first.acceptedJwks()).contains(first.current().getKeyId()).doesNotContain("\"d\"");
    }

    @Test
    void productionWithoutAPrivateKeyRefusesToStart() {
        Map<String, String> env = Map.of("APP_ENV", "production", "TRIPAVAIL_WORK_DIR", dir.toString());
        assertThatThrownBy(() -> SigningKeys.fromEnvironment(env::get)).hasMessageContaining("JWT_PRIVATE_KEY");
    }

    @Test
    void pemKeyWithRotationJwksSignsWithBAndAcceptsAAndB() throws Exception {
        RsaJsonWebKey a = RsaJwkGenerator.generateJwk(2048);
        a.setKeyId("key-a");
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048);
        var pairB = gen.generateKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(pairB.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        RsaJsonWebKey bPublic = (RsaJsonWebKey) PublicJsonWebKey.Factory.newPublicJwk(pairB.getPublic());
        bPublic.setKeyId("key-b");
        String jwks = new JsonWebKeySet(List.of(a, bPublic)).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
        Map<String, String> env =
                Map.of("APP_ENV", "production", "JWT_PRIVATE_KEY", pem, "JWT_KEY_ID", "key-b", "JWT_PUBLIC_KEYS", jwks);
        SigningKeys keys = SigningKeys.fromEnvironment(env::get);

        String byB = AccessTokenIssuer.sign(keys, SETTINGS, "user-1", List.of("TRAVELER"), Instant.now());
        String byA = AccessTokenIssuer.sign(
                new SigningKeys(a, new JsonWebKeySet(List.of(a))), SETTINGS, "user-2", List.of("ADMIN"), Instant.now());
        JwtConsumer consumer = consumer(keys.acceptedJwks());
        JwtClaims claims = consumer.processToClaims(byB);
        assertThat(claims.getSubject()).isEqualTo("user-1");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("TRAVELER");
        assertThat(claims.getClaimValue("upn")).isEqualTo("user-1");
        assertThat(claims.getJwtId()).isNotBlank();
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue())
                .isEqualTo(900);
        assertThat(consumer.processToClaims(byA).getSubject()).isEqualTo("user-2");
    }

    @Test
    void aJwksWithoutTheCurrentKeyIsRefused() throws Exception {
        RsaJsonWebKey a = RsaJwkGenerator.generateJwk(2048);
        a.setKeyId("key-a");
        RsaJsonWebKey other = RsaJwkGenerator.generateJwk(2048);
        other.setKeyId("key-other");
        assertThatThrownBy(() -> new SigningKeys(a, new JsonWebKeySet(List.of(other))))
                .hasMessageContaining("JWT_PUBLIC_KEYS");
    }

    @Test
    void garbagePemNamesTheVariableButNeverTheValue() {
        Map<String, String> env = Map.of(
                "JWT_PRIVATE_KEY",
                "-----BEGIN PRIVATE KEY-----\nc2VjcmV0\n-----END PRIVATE KEY-----",
                "JWT_KEY_ID",
                "k");
        assertThatThrownBy(() -> SigningKeys.fromEnvironment(env::get))
                .hasMessageContaining("JWT_PRIVATE_KEY")
                .hasMessageNotContaining("c2VjcmV0");
    }

    @Test
    void tokensFromAnUnlistedKeyFailVerification() throws Exception {
        Map<String, String> env = Map.of("TRIPAVAIL_WORK_DIR", dir.toString());
        SigningKeys keys = SigningKeys.fromEnvironment(env::get);
        RsaJsonWebKey stranger = RsaJwkGenerator.generateJwk(2048);
        stranger.setKeyId("stranger");
        String token = AccessTokenIssuer.sign(
                new SigningKeys(stranger, new JsonWebKeySet(List.of(stranger))),
                SETTINGS,
                UUID.randomUUID().toString(),
                List.of("ADMIN"),
                Instant.now());
        assertThatThrownBy(() -> consumer(keys.acceptedJwks()).processToClaims(token))
                .isInstanceOf(InvalidJwtException.class);
    }

    @Test
    void configSourceHandsMpJwtTheVerificationSettings() {
        JwtVerificationConfigSource source = new JwtVerificationConfigSource();
        assertThat(source.getPropertyNames())
                .contains(
                        "mp.jwt.verify.publickey",
                        "mp.jwt.verify.issuer",
                        "mp.jwt.verify.audiences",
                        "mp.jwt.verify.publickey.algorithm");
        assertThat(source.getValue("mp.jwt.verify.publickey.algorithm")).isEqualTo("RS256");
        assertThat(source.getValue("mp.jwt.verify.issuer")).isEqualTo("tripavail");
        assertThat(source.getValue("mp.jwt.verify.audiences")).isEqualTo("tripavail-api");
    }

    private static JwtConsumer consumer(String jwks) throws Exception {
        JsonWebKeySet set = new JsonWebKeySet(jwks);
        return new JwtConsumerBuilder()
                .setExpectedIssuer("tripavail")
                .setExpectedAudience("tripavail-api")
                .setRequireExpirationTime()
                .setVerificationKeyResolver((JsonWebSignature jws, List<org.jose4j.jwx.JsonWebStructure> nested) -> {
                    try {
                        return new VerificationJwkSelector()
                                .select(jws, set.getJsonWebKeys())
                                .getKey();
                    } catch (Exception e) {
                        throw new org.jose4j.lang.UnresolvableKeyException("no key", e);
                    }
                })
                .build();
    }
}
