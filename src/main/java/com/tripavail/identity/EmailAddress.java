package com.tripavail.identity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one spelling of an email address we store and compare: Unicode NFKC (full-width and other
 * compatibility forms folded), trimmed, lower-cased, without the trailing dots of a fully qualified
 * domain ({@code name@example.test.} is {@code name@example.test}). Migration 0035 puts the same
 * expression under a unique index, so lookalikes are one account. Invisible and control characters
 * (zero-width space, joiners, BOM, bidi controls, C0/C1) are refused, not removed: an address that
 * needs them to differ is a lookalike.
 */
public final class EmailAddress {
    private EmailAddress() {}

    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        int end = folded.length();
        while (end > 0 && folded.charAt(end - 1) == '.') {
            end--;
        }
        return folded.substring(0, end);
    }

    /** Whether the address holds a character nobody can see or type on purpose. */
    public static boolean hasHiddenCharacters(String email) {
        return email != null && email.codePoints().anyMatch(EmailAddress::isHidden);
    }

    private static boolean isHidden(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.UNASSIGNED,
                    Character.PRIVATE_USE,
                    Character.SURROGATE,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> true;
            default -> c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0; // Hangul fillers render blank
        };
    }

    /** A deliberately plain check (one @, a dot in the domain, no spaces, at most 254 characters). */
    public static boolean isValid(String normalised) {
        return normalised != null
                && normalised.length() <= 254
                && !hasHiddenCharacters(normalised)
                && normalised.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }

    /** The part before the {@code @}, which a password must not contain. */
    public static String localPart(String normalised) {
        int at = normalised == null ? -1 : normalised.indexOf('@');
        return at <= 0 ? "" : normalised.substring(0, at);
    }
}
