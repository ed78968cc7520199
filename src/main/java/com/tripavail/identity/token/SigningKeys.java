package com.tripavail.identity.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;

/**
 * The current signing key and the set of public keys tokens are still accepted with.
 * <ul>
 *   <li>{@code JWT_PRIVATE_KEY} (PKCS#8 PEM) + {@code JWT_KEY_ID}: the key tokens are signed with now.</li>
 *   <li>{@code JWT_PUBLIC_KEYS}: a JWKS of every key still accepted (during a rotation: old and new);
 *       by default the current key only. It must contain the current key id.</li>
 *   <li>Outside production without {@code JWT_PRIVATE_KEY}: an RSA key generated once and kept in
 *       {@code TRIPAVAIL_WORK_DIR/jwt-dev-key.json}, so tokens survive restarts.</li>
 * </ul>
 * Static, because the MicroProfile Config source that feeds mpJwt is created by ServiceLoader, not CDI.
 */
public final class SigningKeys {
    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
    private static final String DEV_KEY_FILE = "jwt-dev-key.json";
    private static volatile SigningKeys instance;

    private final RsaJsonWebKey current;
    private final JsonWebKeySet accepted;
    // both asked on every authenticated request (mpJwt's configuration, the kid check): built once
    private final java.util.Set<String> acceptedKeyIds;
    private final String acceptedJwks;

    SigningKeys(RsaJsonWebKey current, JsonWebKeySet accepted) {
        this.current = Objects.requireNonNull(current);
        this.accepted = Objects.requireNonNull(accepted);
        boolean listed = accepted.getJsonWebKeys().stream()
                .anyMatch(k -> current.getKeyId().equals(k.getKeyId()));
        if (!listed) {
            throw new IllegalStateException("JWT_PUBLIC_KEYS must contain the current key id (JWT_KEY_ID)");
        }
        this.acceptedKeyIds = accepted.getJsonWebKeys().stream()
                .map(JsonWebKey::getKeyId)
                .filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.acceptedJwks = accepted.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    public static SigningKeys get() {
        SigningKeys keys = instance;
        if (keys == null) {
            synchronized (SigningKeys.class) {
                if (instance == null) {
                    instance = fromEnvironment(SigningKeys::setting);
                }
                keys = instance;
            }
        }
        return keys;
    }

    static SigningKeys fromEnvironment(java.util.function.UnaryOperator<String> settings) {
        String pem = settings.apply("JWT_PRIVATE_KEY");
        RsaJsonWebKey current;
        if (pem != null && !pem.isBlank()) {
            String kid = settings.apply("JWT_KEY_ID");
            if (kid == null || kid.isBlank()) {
                throw new IllegalStateException("JWT_KEY_ID is required with JWT_PRIVATE_KEY");
            }
            current = fromPem(pem, kid.trim());
        } else if (isProduction(settings.apply("APP_ENV"))) {
            throw new IllegalStateException("JWT_PRIVATE_KEY is required in production");
        } else {
            current = devKey(workDir(settings.apply("TRIPAVAIL_WORK_DIR")));
        }
        String jwks = settings.apply("JWT_PUBLIC_KEYS");
        return new SigningKeys(current, jwks == null || jwks.isBlank() ? onlyPublic(current) : parseJwks(jwks));
    }

    public RsaJsonWebKey current() {
        return current;
    }

    public java.util.Set<String> acceptedKeyIds() {
        return acceptedKeyIds;
    }

    /** The JWKS (public parts only) mpJwt verifies with. */
    public String acceptedJwks() {
        return acceptedJwks;
    }

    static RsaJsonWebKey fromPem(String pem, String kid) {
        try {
            String base64 = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
            KeyFactory factory = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) factory.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            var publicKey = (java.security.interfaces.RSAPublicKey) factory.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            RsaJsonWebKey jwk = new RsaJsonWebKey(publicKey);
            jwk.setPrivateKey(privateKey);
            return withIdentity(jwk, kid);
        } catch (java.security.GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            // never echo the key material
            throw new IllegalStateException("JWT_PRIVATE_KEY is not an RSA private key in PKCS#8 PEM form");
        }
    }

    static JsonWebKeySet parseJwks(String json) {
        try {
            JsonWebKeySet set = new JsonWebKeySet(json);
            for (JsonWebKey key : set.getJsonWebKeys()) {
                if (!(key instanceof RsaJsonWebKey) || key.getKeyId() == null) {
                    throw new IllegalStateException("JWT_PUBLIC_KEYS may hold only RSA keys, each with a kid");
                }
            }
            return set;
        } catch (JoseException e) {
            throw new IllegalStateException("JWT_PUBLIC_KEYS is not a JWKS document");
        }
    }

    private static JsonWebKeySet onlyPublic(RsaJsonWebKey key) {
        try {
            RsaJsonWebKey publicOnly = (RsaJsonWebKey) PublicJsonWebKey.Factory.newPublicJwk(key.getPublicKey());
            return new JsonWebKeySet(List.of(withIdentity(publicOnly, key.getKeyId())));
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RsaJsonWebKey withIdentity(RsaJsonWebKey jwk, String kid) {
        jwk.setKeyId(kid);
        jwk.setAlgorithm("RS256");
        jwk.setUse("sig");
        return jwk;
    }

    private static RsaJsonWebKey devKey(Path dir) {
        Path file = dir.resolve(DEV_KEY_FILE);
        try {
            if (Files.exists(file)) {
                return (RsaJsonWebKey) PublicJsonWebKey.Factory.newPublicJwk(Files.readString(file));
            }
            RsaJsonWebKey jwk = RsaJwkGenerator.generateJwk(2048);
            withIdentity(
                    jwk,
                    "dev-" + jwk.calculateBase64urlEncodedThumbprint("SHA-256").substring(0, 12));
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "jwt", ".tmp");
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            Files.writeString(tmp, jwk.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE), StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Generated a development JWT signing key (kid " + jwk.getKeyId() + ") in " + file);
            return jwk;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the development JWT key in " + dir, e);
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path workDir(String configured) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "tripavail");
    }

    private static boolean isProduction(String appEnv) {
        return appEnv != null && "production".equals(appEnv.trim().toLowerCase(Locale.ROOT));
    }

    static String setting(String name) {
        String value = System.getenv(name);
        return value != null ? value : System.getProperty(name);
    }
}
