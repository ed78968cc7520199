package com.tripavail.platform.web;

import java.nio.charset.StandardCharsets;

/**
 * Makes the raw request target a valid URI by percent-encoding what a client sent unencoded
 * ({@code | { } " ^ \ ` < >}, spaces, raw bytes above ASCII, a {@code %} not starting an escape).
 * JAX-RS builds a {@link java.net.URI} from the servlet's request URL and query string on every
 * request; an illegal character made that throw before any resource or mapper could answer.
 * Encoding keeps the meaning: the parameter decodes to exactly what the client typed.
 */
public final class RawUri {
    /** Characters {@link java.net.URI} accepts unencoded in a path (besides ALPHA / DIGIT). */
    public static final String PATH = "-._~!$&'()*+,;=:@/";

    /** Characters {@link java.net.URI} accepts unencoded in a query (besides ALPHA / DIGIT). */
    public static final String QUERY = PATH + "?[]";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private RawUri() {}

    /**
     * The same text with every character outside {@code legal} (and letters and digits)
     * percent-encoded; the input itself when it was valid.
     */
    public static String repair(String raw, String legal) {
        if (raw == null || isValid(raw, legal)) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && isEscape(raw, i)) {
                out.append(c);
            } else if (isLegal(c, legal)) {
                out.append(c);
            } else if (c <= 0xFF) {
                // the container hands raw request-line bytes over as ISO-8859-1 characters: one byte each
                appendByte(out, c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < raw.length() ? i + 2 : i + 1;
                for (byte b : raw.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    appendByte(out, b & 0xFF);
                }
                i = end - 1;
            }
        }
        return out.toString();
    }

    static boolean isValid(String raw, String legal) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!(isLegal(c, legal) || (c == '%' && isEscape(raw, i)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLegal(char c, String legal) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || legal.indexOf(c) >= 0;
    }

    private static boolean isEscape(String s, int percent) {
        return percent + 2 < s.length() && isHex(s.charAt(percent + 1)) && isHex(s.charAt(percent + 2));
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static void appendByte(StringBuilder out, int b) {
        out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
    }
}
