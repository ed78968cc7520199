package com.tripavail.platform.web;

import java.util.UUID;
import java.util.regex.Pattern;

/** The current request's id, for problem bodies and log lines written anywhere on its thread. */
public final class RequestIds {
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestIds() {}

    /** The client's id when it is sane (no log injection, bounded length), a new one otherwise. */
    public static String acceptOrGenerate(String offered) {
        if (offered != null && SANE.matcher(offered).matches()) {
            return offered;
        }
        return UUID.randomUUID().toString();
    }

    public static String current() {
        return CURRENT.get();
    }

    static void set(String id) {
        CURRENT.set(id);
    }

    static void clear() {
        CURRENT.remove();
    }
}
