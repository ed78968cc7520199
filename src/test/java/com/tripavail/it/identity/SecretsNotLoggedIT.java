package com.tripavail.it.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.testenv.TestTokens;
import com.tripavail.testenv.TripAvailServer;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Register, login (good and bad), refresh and a reuse: none of the secrets may reach the server log,
 * the console or Liberty's FFDC incident files.
 */
@ExtendWith(TripAvailServer.class)
class SecretsNotLoggedIT {

    @Test
    void noPasswordTokenOrKeyInTheServerLog() throws Exception {
        var liberty = TripAvailServer.get().liberty();
        int before = liberty.readMessagesLog().length();
        String email = TestTokens.uniqueEmail("secretive");
        String password = "Very-Secret-" + System.nanoTime();
        Response reg = TestTokens.register(email, password, "PROVIDER");
        reg.then().statusCode(201);
        TestTokens.login(email, "Wrong-" + password).then().statusCode(401);
        Response login = TestTokens.login(email, password);
        login.then().statusCode(200);
        Response refreshed = given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", (String) login.path("refreshToken")))
                .post("/v1/auth/refresh");
        refreshed.then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", (String) login.path("refreshToken")))
                .post("/v1/auth/refresh")
                .then()
                .statusCode(401); // reuse: logged as a warning, and the login's session has ended
        given().auth()
                .oauth2((String) login.path("accessToken"))
                .get("/v1/me")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2((String) reg.path("accessToken"))
                .get("/v1/me")
                .then()
                .statusCode(200);

        Thread.sleep(1500); // let the log writer flush
        String log = liberty.readMessagesLog().substring(before).replace("\\/", "/")
                + liberty.readConsoleLog()
                + ffdcIncidents(liberty.logsDir().resolve("ffdc"));
        assertThat(log).contains("/v1/auth/login").contains("Refresh token reuse detected");
        assertThat(log).doesNotContain(password);
        for (String secret : new String[] {
            reg.path("accessToken"),
            reg.path("refreshToken"),
            login.path("accessToken"),
            login.path("refreshToken"),
            refreshed.path("accessToken"),
            refreshed.path("refreshToken")
        }) {
            assertThat(log).doesNotContain(secret);
            assertThat(log).doesNotContain(secret.substring(secret.length() - 20));
        }
        String devKey = Files.readString(Path.of(System.getProperty("tripavail.workDir", "target/it-work"))
                .resolve("jwt-dev-key.json"));
        String privateExponent = devKey.replaceAll(".*\"d\":\"([^\"]+)\".*", "$1");
        assertThat(log).doesNotContain(privateExponent.substring(0, 40));
        assertThat(log).doesNotContain("$2a$");
    }

    private static String ffdcIncidents(Path dir) throws java.io.IOException {
        if (!Files.isDirectory(dir)) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                all.append(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }
}
