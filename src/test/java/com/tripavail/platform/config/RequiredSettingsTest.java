package com.tripavail.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequiredSettingsTest {
    private static final String STRONG = "Zq8v!Lm3#Rt6@Wx1$Ny4%Pb7^Kc2&Hd5*";

    private static Map<String, String> complete() {
        Map<String, String> env = new HashMap<>();
        env.put("DATABASE_URL", "postgresql://u:p@h/d");
        env.put("REDIS_URL", "redis://h:6379");
        env.put("JWT_PRIVATE_KEY", "-----BEGIN PRIVATE KEY-----...");
        env.put("JWT_KEY_ID", "k1");
        env.put("JWT_ISSUER", "tripavail");
        env.put("CORS_ORIGINS", "https://app.tripavail.example");
        env.put("STORAGE_SIGNING_KEY", STRONG);
        env.put("STRIPE_WEBHOOK_SECRET", STRONG + "x");
        return env;
    }

    @Test
    void completeProductionConfigPasses() {
        assertThat(RequiredSettings.problems(AppEnvironment.PRODUCTION, complete()::get)).isEmpty();
    }

    @Test
    void developmentNeedsNothing() {
        assertThat(RequiredSettings.problems(AppEnvironment.DEVELOPMENT, name -> null)).isEmpty();
    }

    @Test
    void missingVariablesAreNamed() {
        Map<String, String> env = complete();
        env.remove("DATABASE_URL");
        env.remove("JWT_PRIVATE_KEY");
        List<String> problems = RequiredSettings.problems(AppEnvironment.PRODUCTION, env::get);
        assertThat(problems).anyMatch(p -> p.startsWith("DATABASE_URL"))
                .anyMatch(p -> p.startsWith("JWT_PRIVATE_KEY")).hasSize(2);
    }

    @Test
    void weakSecretIsNamedButNeverPrinted() {
        Map<String, String> env = complete();
        env.put("STORAGE_SIGNING_KEY", "changeme");
        List<String> problems = RequiredSettings.problems(AppEnvironment.PRODUCTION, env::get);
        assertThat(problems).singleElement().asString().startsWith("STORAGE_SIGNING_KEY").doesNotContain("changeme");
    }

    @Test
    void wildcardCorsRefusedInProduction() {
        Map<String, String> env = complete();
        env.put("CORS_ORIGINS", "https://a.example, *");
        assertThat(RequiredSettings.problems(AppEnvironment.PRODUCTION, env::get))
                .singleElement().asString().contains("CORS_ORIGINS");
    }
}
