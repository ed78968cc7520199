package com.tripavail.identity;

import com.tripavail.identity.token.JwtSettings;
import com.tripavail.platform.problem.DomainException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The web pages' refresh token: an {@code HttpOnly; Secure; SameSite=Strict} cookie scoped to the
 * session endpoints, so page scripts never see it and no other path receives it. Every cookie
 * request must also prove it comes from our own pages (docs/web.md): the {@link #CLIENT_HEADER}
 * (a custom header, which no cross-origin page may send without a CORS preflight that the
 * allow-list never grants for it), a {@code Sec-Fetch-Site} of {@code same-origin} when the browser
 * sends one, and an {@code Origin} naming this host when there is one.
 */
final class SessionCookie {
    static final String NAME = "tripavail_refresh";
    static final String PATH = "/v1/auth/session";
    static final String CLIENT_HEADER = "TripAvail-Client";
    static final String CLIENT_VALUE = "web";

    private SessionCookie() {}

    static String set(String refreshToken) {
        return NAME + "=" + refreshToken + "; Path=" + PATH + "; Max-Age="
                + JwtSettings.fromEnvironment().refreshExpiresInSeconds() + "; HttpOnly; Secure; SameSite=Strict";
    }

    static String clear() {
        return NAME + "=; Path=" + PATH + "; Max-Age=0; HttpOnly; Secure; SameSite=Strict";
    }

    static Optional<String> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null
                ? Optional.empty()
                : Arrays.stream(cookies)
                        .filter(c -> NAME.equals(c.getName()) && !c.getValue().isBlank())
                        .map(Cookie::getValue)
                        .findFirst();
    }

    /** Refuses a request that does not come from this site's own pages (403 {@code cross_site_request}). */
    static void requireOwnPages(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        boolean ok = CLIENT_VALUE.equals(request.getHeader(CLIENT_HEADER))
                && (fetchSite == null || "same-origin".equals(fetchSite))
                && originIsThisHost(request.getHeader("Origin"), request.getHeader("Host"));
        if (!ok) {
            throw DomainException.forbidden(
                    "cross_site_request", "Session requests are only accepted from TripAvail's own pages");
        }
    }

    // ports are not compared: behind nginx Host carries no port; Sec-Fetch-Site covers other ports
    private static boolean originIsThisHost(String origin, String host) {
        if (origin == null) {
            return true;
        }
        if (host == null) {
            return false;
        }
        try {
            String originHost = URI.create(origin).getHost();
            String hostName = URI.create("http://" + host).getHost();
            return originHost != null && originHost.toLowerCase(Locale.ROOT).equals(hostName.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
