package com.tripavail.identity;

import java.util.Locale;

/** The one spelling of an email address we store and compare: trimmed and lower-cased. */
public final class EmailAddress {
    private EmailAddress() {}

    public static String normalise(String raw) {
        return raw == null ? null : raw.trim().toLowerCase(Locale.ROOT);
    }

    /** A deliberately plain check (one @, a dot in the domain, no spaces, at most 254 characters). */
    public static boolean isValid(String normalised) {
        return normalised != null && normalised.length() <= 254 && normalised.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }

    /** The part before the {@code @}, which a password must not contain. */
    public static String localPart(String normalised) {
        int at = normalised == null ? -1 : normalised.indexOf('@');
        return at <= 0 ? "" : normalised.substring(0, at);
    }
}
