package com.tripavail.identity;

import com.tripavail.platform.problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;

/**
 * NIST SP 800-63B rather than composition rules: 10 to 128 characters, not built from the
 * account's own email, and not easy to guess (common passwords, dictionary words, repeats and
 * keyboard patterns, scored by nbvcxz, a Java port of zxcvbn's model).
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    /** zxcvbn's "safely unguessable" line: about 10^8 guesses. */
    static final double MIN_ENTROPY_BITS = 26.6;
    /** Local parts this short ("a@x.io") would forbid half the alphabet; only the whole email is checked. */
    private static final int MIN_LOCAL_PART_CHECKED = 3;
    /** Bounds the estimate of long repetitive inputs (about 150 ms), comparable to the hash itself. */
    private static final long ESTIMATE_TIMEOUT_MS = 100;

    private static final Nbvcxz ESTIMATOR = new Nbvcxz(new ConfigurationBuilder()
            .setMinimumEntropy(MIN_ENTROPY_BITS)
            .setCombinationAlgorithmTimeout(ESTIMATE_TIMEOUT_MS)
            .createConfiguration());

    private PasswordPolicy() {}

    public static List<FieldError> violations(String password, String normalisedEmail) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            errors.add(new FieldError("password", "is required"));
            return errors;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            errors.add(new FieldError("password", "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long"));
            return errors;
        }
        if (containsEmail(password.toLowerCase(Locale.ROOT), normalisedEmail)) {
            errors.add(new FieldError("password", "must not contain the email address"));
        } else if (!ESTIMATOR.estimate(password).isMinimumEntropyMet()) {
            errors.add(new FieldError(
                    "password",
                    "is too easy to guess (a common password, a word, a repeat or a keyboard pattern);"
                            + " a few unrelated words make a strong one"));
        }
        return errors;
    }

    private static boolean containsEmail(String lowerCasePassword, String normalisedEmail) {
        if (normalisedEmail == null || normalisedEmail.isEmpty()) {
            return false;
        }
        if (lowerCasePassword.contains(normalisedEmail)) {
            return true;
        }
        String local = EmailAddress.localPart(normalisedEmail);
        return local.length() >= MIN_LOCAL_PART_CHECKED && lowerCasePassword.contains(local);
    }
}
