package com.tripavail.it.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.testenv.ServedOpenApi;
import com.tripavail.testenv.TripAvailServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The document the real server serves at {@code /openapi}, saved as target/openapi/openapi.json and
 * linted by Spectral (spectral:oas + the OWASP API Security ruleset, tools/openapi-lint/spectral.yaml):
 * any error fails the build. Needs Node 20 and npm on the machine; the tools come pinned from
 * tools/openapi-lint/package-lock.json.
 */
@ExtendWith(TripAvailServer.class)
class OpenApiLintIT {
    @Test
    void theServedDocumentLintsWithoutErrors() throws IOException, InterruptedException {
        ServedOpenApi.json();
        Process lint = new ProcessBuilder("bash", "tools/openapi-lint.sh", ServedOpenApi.FILE.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(5, TimeUnit.MINUTES)).as("lint finished").isTrue();
        System.out.println(output);
        assertThat(lint.exitValue()).as("Spectral errors:%n%s", output).isZero();
    }

    @Test
    void serversComeFromConfigurationNeverFromTheHostHeader() {
        String served = given().accept("application/json")
                .header("Host", "attacker.example")
                .get("/openapi")
                .then()
                .statusCode(200)
                .extract()
                .path("servers[0].url");
        assertThat(served)
                .doesNotContain("attacker.example")
                .isEqualTo(TripAvailServer.get().baseUri());
    }
}
