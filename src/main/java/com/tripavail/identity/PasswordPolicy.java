package com.tripavail.identity;

import com.tripavail.platform.problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Length over composition rules (NIST SP 800-63B): 10 to 128 characters, and not built from the
 * account's own email local part.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    /** Local parts this short ("a@x.io") would forbid half the alphabet; they are not checked. */
    private static final int MIN_LOCAL_PART_CHECKED = 3;

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
        }
        String local = EmailAddress.localPart(normalisedEmail);
        if (local.length() >= MIN_LOCAL_PART_CHECKED
                && password.toLowerCase(Locale.ROOT).contains(local)) {
            errors.add(new FieldError("password", "must not contain the email address"));
        }
        return errors;
    }
}
