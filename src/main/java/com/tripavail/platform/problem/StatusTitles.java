package com.tripavail.platform.problem;

import jakarta.ws.rs.core.Response;

final class StatusTitles {
    private StatusTitles() {}

    static String title(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            default -> "HTTP " + status;
        };
    }
}
