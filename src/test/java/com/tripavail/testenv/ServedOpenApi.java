package com.tripavail.testenv;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The OpenAPI document the running test server serves, fetched once and kept as target/openapi/openapi.json. */
public final class ServedOpenApi {
    public static final Path FILE = Path.of("target", "openapi", "openapi.json");
    private static String json;

    private ServedOpenApi() {}

    public static synchronized String json() {
        if (json == null) {
            json = given().accept("application/json")
                    .get("/openapi")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            try {
                Files.createDirectories(FILE.getParent());
                Files.writeString(FILE, json, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return json;
    }
}
