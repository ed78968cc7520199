package com.tripavail.media;

import java.util.Arrays;
import java.util.Optional;

/** The accepted file types and the magic bytes that prove a file is one. */
public enum ContentType {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp"),
    PDF("application/pdf", "pdf");

    /** Bytes needed to recognise every type. */
    public static final int SNIFF_BYTES = 12;

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private final String mediaType;
    private final String extension;

    ContentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<ContentType> fromMediaType(String value) {
        return Arrays.stream(values())
                .filter(t -> t.mediaType.equalsIgnoreCase(value == null ? "" : value.trim()))
                .findFirst();
    }

    /** What the first bytes of a file say it is, whatever anyone declared. */
    public static Optional<ContentType> sniff(byte[] head, int length) {
        if (startsWith(head, length, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, length, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (length >= 12
                && startsWith(head, length, "RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                && head[8] == 'W'
                && head[9] == 'E'
                && head[10] == 'B'
                && head[11] == 'P') {
            return Optional.of(WEBP);
        }
        if (startsWith(head, length, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, int length, byte[] magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
