package com.tripavail.it.media;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.TripAvailServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Signed uploads through the real server: only honest bytes are kept, and only links that are genuine work. */
@ExtendWith(TripAvailServer.class)
class MediaIT {
    private static final byte[] PNG = pngBytes();
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    private static byte[] pngBytes() {
        byte[] b = new byte[300];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(magic, 0, b, 0, magic.length);
        for (int i = magic.length; i < b.length; i++) {
            b[i] = (byte) (i * 7);
        }
        return b;
    }

    private static Path storage() {
        return Path.of(System.getProperty("tripavail.workDir", "target/it-work"))
                .resolve("storage");
    }

    private static long storedFiles() throws IOException {
        if (!Files.exists(storage())) {
            return 0;
        }
        try (Stream<Path> files = Files.list(storage())) {
            return files.filter(p -> !p.getFileName().toString().endsWith(".key"))
                    .count();
        }
    }

    private static io.restassured.response.Response askTicket(
            Accounts.Session owner, String purpose, String type, int size) {
        return owner.as()
                .body(Map.of("purpose", purpose, "contentType", type, "sizeBytes", size))
                .post("/v1/uploads");
    }

    private static Map<String, Object> ticket(Accounts.Session owner, String purpose, String type, int size) {
        return askTicket(owner, purpose, type, size)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getMap("$");
    }

    private static String put(String url, byte[] body, int status, String code) {
        var response = given().contentType("application/octet-stream")
                .body(body)
                .put(url)
                .then()
                .statusCode(status);
        if (code != null) {
            response.contentType("application/problem+json").body("code", equalTo(code));
        }
        return response.extract().asString();
    }

    @Test
    void honestPngRoundTripsByteForByte() {
        var owner = Accounts.providerAccount();
        var t = ticket(owner, "PACKAGE_IMAGE", "image/png", PNG.length);
        String answer = put((String) t.get("uploadUrl"), PNG, 200, null);
        assertThat(io.restassured.path.json.JsonPath.from(answer).getString("status"))
                .isEqualTo("STORED");
        var file = owner.as()
                .get("/v1/uploads/" + t.get("fileId"))
                .then()
                .statusCode(200)
                .body("status", equalTo("STORED"))
                .extract()
                .jsonPath();
        byte[] downloaded = given().get(file.getString("downloadUrl"))
                .then()
                .statusCode(200)
                .contentType("image/png")
                .header("X-Content-Type-Options", "nosniff")
                .extract()
                .asByteArray();
        assertThat(downloaded).isEqualTo(PNG);
        put((String) t.get("uploadUrl"), PNG, 409, "upload_already_stored");
    }

    @Test
    void pdfDocumentIsAcceptedButNotAsAnImage() {
        var owner = Accounts.providerAccount();
        var t = ticket(owner, "VERIFICATION_DOCUMENT", "application/pdf", PDF.length);
        put((String) t.get("uploadUrl"), PDF, 200, null);
        askTicket(owner, "PACKAGE_IMAGE", "application/pdf", 10)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("contentType"));
        askTicket(owner, "PACKAGE_IMAGE", "image/png", 50_000_000)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sizeBytes"));
    }

    @Test
    void lyingContentTypeIsRefusedAndNothingKept() throws IOException {
        var owner = Accounts.providerAccount();
        long before = storedFiles();
        var t = ticket(owner, "PACKAGE_IMAGE", "image/png", PDF.length);
        put((String) t.get("uploadUrl"), PDF, 415, "content_mismatch");
        owner.as().get("/v1/uploads/" + t.get("fileId")).then().statusCode(200).body("status", equalTo("PENDING"));
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void oversizedAndShortBodiesAreRefusedAndNothingKept() throws IOException {
        var owner = Accounts.providerAccount();
        long before = storedFiles();
        var t = ticket(owner, "PACKAGE_IMAGE", "image/png", 100);
        put((String) t.get("uploadUrl"), PNG, 413, "upload_too_large");
        put((String) t.get("uploadUrl"), Arrays.copyOf(PNG, 50), 400, "upload_size_mismatch");
        owner.as().get("/v1/uploads/" + t.get("fileId")).then().body("status", equalTo("PENDING"));
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void tamperedAndExpiredLinksAreRefused() throws IOException {
        var owner = Accounts.providerAccount();
        long before = storedFiles();
        var t = ticket(owner, "PACKAGE_IMAGE", "image/png", PNG.length);
        String url = (String) t.get("uploadUrl");
        String tampered = url.substring(0, url.length() - 1) + (url.endsWith("0") ? "1" : "0");
        put(tampered, PNG, 403, "signature_invalid");
        String otherExpiry =
                url.replaceFirst("expires=\\d+", "expires=" + (System.currentTimeMillis() / 1000 + 99_999));
        put(otherExpiry, PNG, 403, "signature_invalid");
        String expired = url.replaceFirst("expires=\\d+", "expires=1");
        put(expired, PNG, 403, "signature_invalid");
        String noSignature = url.replaceFirst("&signature=[0-9a-f]+", "");
        put(noSignature, PNG, 403, "signature_invalid");
        assertThat(storedFiles()).isEqualTo(before);
        String downloadWithUploadSignature =
                url.replace("/v1/uploads/" + t.get("fileId") + "/content", "/v1/files/" + t.get("fileId"));
        given().get(downloadWithUploadSignature).then().statusCode(403).body("code", equalTo("signature_invalid"));
    }

    @Test
    void someoneElsesFileIsNotFound() {
        var owner = Accounts.providerAccount();
        var t = ticket(owner, "PACKAGE_IMAGE", "image/png", PNG.length);
        Accounts.traveler().as().get("/v1/uploads/" + t.get("fileId")).then().statusCode(404);
        given().contentType("application/json")
                .body(Map.of("purpose", "PACKAGE_IMAGE", "contentType", "image/png", "sizeBytes", 10))
                .post("/v1/uploads")
                .then()
                .statusCode(401);
    }
}
