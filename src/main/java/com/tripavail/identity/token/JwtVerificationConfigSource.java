package com.tripavail.identity.token;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Hands Liberty's mpJwt what it verifies tokens with: the JWKS of every accepted key (chosen by the
 * token's {@code kid}), issuer, audience and the pinned algorithm. Registered through
 * {@code META-INF/services}; values are computed on first use, after the environment is final.
 */
public class JwtVerificationConfigSource implements ConfigSource {
    static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
    static final String ISSUER = "mp.jwt.verify.issuer";
    static final String AUDIENCES = "mp.jwt.verify.audiences";
    static final String ALGORITHM = "mp.jwt.verify.publickey.algorithm";
    private static final Set<String> NAMES = Set.of(PUBLIC_KEY, ISSUER, AUDIENCES, ALGORITHM);

    /*
     * mpJwt reads its configuration through MP Config on every request (a profile of the booking path
     * showed the JWKS serialised and the environment read per request): the settings come from the
     * environment, final once the server runs, so they are read once.
     */
    private volatile JwtSettings settings;

    @Override
    public Set<String> getPropertyNames() {
        return NAMES;
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                PUBLIC_KEY,
                getValue(PUBLIC_KEY),
                ISSUER,
                getValue(ISSUER),
                AUDIENCES,
                getValue(AUDIENCES),
                ALGORITHM,
                getValue(ALGORITHM));
    }

    @Override
    public String getValue(String name) {
        return switch (name) {
            case PUBLIC_KEY -> SigningKeys.get().acceptedJwks();
            case ISSUER -> settings().issuer();
            case AUDIENCES -> settings().audience();
            case ALGORITHM -> "RS256";
            default -> null;
        };
    }

    private JwtSettings settings() {
        JwtSettings s = settings;
        if (s == null) {
            s = JwtSettings.fromEnvironment();
            settings = s;
        }
        return s;
    }

    @Override
    public String getName() {
        return "tripavail-jwt-verification";
    }

    /** Below environment variables (300) and system properties (400), so ops can still override. */
    @Override
    public int getOrdinal() {
        return 150;
    }
}
