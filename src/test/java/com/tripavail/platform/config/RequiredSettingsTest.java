package com.tripavail.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
        env.put("SMTP_URL", "smtp://mailer:pw@mail.tripavail.example:587?starttls=true");
        env.put("STORAGE_SIGNING_KEY", STRONG);
        env.put("STRIPE_WEBHOOK_SECRET", STRONG + "x");
        env.put("KEYSTORE_PASSWORD", "r4nd0m-keystore-pass");
        env.put("BACKUP_DIR", "/var/backups/tripavail");
        return env;
    }

    private static List<String> production(Map<String, String> env) {
        return RequiredSettings.problems(AppEnvironment.PRODUCTION, env::get);
    }

    /** The one problem production finds in {@code env}. */
    private static AbstractStringAssert<?> onlyProblem(Map<String, String> env) {
        return assertThat(production(env)).singleElement().asString();
    }

    @Test
    void completeProductionConfigPasses() {
        assertThat(RequiredSettings.problems(AppEnvironment.PRODUCTION, complete()::get))
                .isEmpty();
    }

    @Test
    void developmentNeedsNothing() {
        assertThat(RequiredSettings.problems(AppEnvironment.DEVELOPMENT, name -> null))
                .isEmpty();
    }

    @Test
    void missingVariablesAreNamed() {
        Map<String, String> env = complete();
        env.remove("DATABASE_URL");
        env.remove("JWT_PRIVATE_KEY");
        List<String> problems = production(env);
        assertThat(problems)
                .anyMatch(p -> p.startsWith("DATABASE_URL"))
                .anyMatch(p -> p.startsWith("JWT_PRIVATE_KEY"))
                .hasSize(2);
    }

    @Test
    void weakSecretIsNamedButNeverPrinted() {
        Map<String, String> env = complete();
        env.put("STORAGE_SIGNING_KEY", "changeme");
        onlyProblem(env).startsWith("STORAGE_SIGNING_KEY").doesNotContain("changeme");
    }

    @Test
    void missingKeystorePasswordIsNamed() {
        Map<String, String> env = complete();
        env.remove("KEYSTORE_PASSWORD");
        assertThat(production(env)).containsExactly("KEYSTORE_PASSWORD is required in production");
        env.put("KEYSTORE_PASSWORD", "   ");
        assertThat(production(env)).containsExactly("KEYSTORE_PASSWORD is required in production");
    }

    @ParameterizedTest
    @ValueSource(strings = {"short-pass-15ch", "changeit", "tripavail-dev-keystore", "TRIPAVAIL-DEV-KEYSTORE"})
    void shortOrDefaultKeystorePasswordIsNamedButNeverPrinted(String weak) {
        Map<String, String> env = complete();
        env.put("KEYSTORE_PASSWORD", weak);
        onlyProblem(env).startsWith("KEYSTORE_PASSWORD is too weak").doesNotContainIgnoringCase(weak);
    }

    @Test
    void sixteenCharacterKeystorePasswordIsEnough() {
        Map<String, String> env = complete();
        env.put("KEYSTORE_PASSWORD", "sixteen-chars-ok");
        assertThat(production(env)).isEmpty();
    }

    @Test
    void theDevelopmentKeystorePasswordInServerXmlIsAKnownDefault() throws Exception {
        String serverXml = Files.readString(Path.of("liberty-config/server.xml"));
        Matcher m = Pattern.compile("<variable name=\"KEYSTORE_PASSWORD\" defaultValue=\"([^\"]*)\"")
                .matcher(serverXml);
        assertThat(m.find())
                .as("server.xml declares a KEYSTORE_PASSWORD default")
                .isTrue();
        assertThat(RequiredSettings.KNOWN_DEFAULT_PASSWORDS).contains(m.group(1));
    }

    @Test
    void wildcardCorsRefusedInProduction() {
        Map<String, String> env = complete();
        env.put("CORS_ORIGINS", "https://a.example, *");
        onlyProblem(env).contains("CORS_ORIGINS");
    }

    @Test
    void productionNeedsABackupDirUnlessBackupsAreSwitchedOff() {
        Map<String, String> env = complete();
        env.remove("BACKUP_DIR");
        onlyProblem(env).startsWith("BACKUP_DIR is required in production");
        env.put("BACKUP_ENABLED", "false");
        assertThat(production(env)).isEmpty();
    }
}
