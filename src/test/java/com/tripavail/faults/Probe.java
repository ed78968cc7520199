package com.tripavail.faults;

import java.io.IOException;
import java.util.List;

/**
 * A traveler the faults drive step by step (a booking paid just before a kill, one whose events
 * arrive out of order), on a package of its own with rooms to spare; its answers go into the same
 * {@link ClientView} as everybody's.
 */
final class Probe {
    private final Traveler traveler;
    private final ApiClient api;
    private final String adminToken;

    Probe(ApiClient api, String travelerToken, String adminToken, List<String> packages, ClientView view) {
        this.api = api;
        this.adminToken = adminToken;
        // a client that keeps retrying through a whole restart (slow on a loaded machine)
        this.traveler = new Traveler(api, travelerToken, packages, view, 42, () -> true, FaultStack.READY_TIMEOUT);
    }

    record Trip(String id) {}

    String adminToken() {
        return adminToken;
    }

    Trip heldBooking() throws InterruptedException {
        String id = traveler.quoteAndHold();
        if (id == null) {
            throw new IllegalStateException("the probe could not hold a room");
        }
        return new Trip(id);
    }

    ClientView.Acknowledged confirm(Trip trip, String method) throws InterruptedException {
        return traveler.write(trip.id(), "confirm", Traveler.confirmPath(trip.id()), Traveler.confirmBody(method));
    }

    /** Reads the booking as its traveler would and, if it is back in HOLD, pays again with a good card. */
    void payUntilSettled(Trip trip) throws InterruptedException {
        ClientView.Acknowledged seen = traveler.awaitPayment(trip.id());
        if (seen != null && "HOLD".equals(seen.bookingStatus())) {
            confirm(trip, "pm_card_ok");
        }
    }

    void confirmedAndCancelledTrip() throws InterruptedException {
        Trip trip = heldBooking();
        confirm(trip, "pm_card_ok");
        traveler.write(
                trip.id(),
                "cancel",
                "/v1/bookings/" + trip.id() + "/cancel",
                ApiClient.json("reason", "changed my mind"));
        Trip kept = heldBooking();
        confirm(kept, "pm_card_ok");
    }

    /** Runs a background job now through the admin endpoint (a restarted server's timers wait ≥ 100 s). */
    int runJob(String job) {
        try {
            return api.post("/v1/admin/jobs/" + job + "/run", adminToken, null, "{}")
                    .status();
        } catch (IOException e) {
            return -1;
        }
    }
}
