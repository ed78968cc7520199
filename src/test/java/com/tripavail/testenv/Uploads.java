package com.tripavail.testenv;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;

/** Test files with real magic bytes, and uploads through the real API (ticket, then signed PUT). */
public final class Uploads {
    private Uploads() {}

    public record Ticket(String fileId, String uploadUrl) {}

    public static byte[] jpeg(int size) {
        return withHead(
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'}, size);
    }

    public static byte[] png(int size) {
        return withHead(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D}, size);
    }

    public static byte[] pdf(int size) {
        return withHead("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), size);
    }

    private static byte[] withHead(byte[] head, int size) {
        byte[] content = Arrays.copyOf(head, size);
        byte[] rest = new byte[size - head.length];
        new Random(size).nextBytes(rest);
        System.arraycopy(rest, 0, content, head.length, rest.length);
        return content;
    }

    public static Ticket ticket(Accounts.Session owner, String purpose, String contentType, long sizeBytes) {
        var body = owner.as()
                .body(Map.of("purpose", purpose, "contentType", contentType, "sizeBytes", sizeBytes))
                .post("/v1/uploads")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        return new Ticket(body.getString("fileId"), body.getString("uploadUrl"));
    }

    /** Uploads the content and returns the stored file's id. */
    public static String upload(Accounts.Session owner, String purpose, String contentType, byte[] content) {
        Ticket t = ticket(owner, purpose, contentType, content.length);
        given().contentType(contentType).body(content).put(t.uploadUrl()).then().statusCode(200);
        return t.fileId();
    }

    public static String image(Accounts.Session owner) {
        return upload(owner, "PACKAGE_IMAGE", "image/jpeg", jpeg(2048));
    }

    public static String document(Accounts.Session owner) {
        return upload(owner, "VERIFICATION_DOCUMENT", "application/pdf", pdf(4096));
    }
}
