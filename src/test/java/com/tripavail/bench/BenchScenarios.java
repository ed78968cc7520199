package com.tripavail.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.util.Queue;

/**
 * The benchmark's request chains (Gatling Java DSL). Each measured request has the scenario's name;
 * what a chain needs first (a quote to hold, a hold to confirm) comes from the previous scenario's
 * queue in {@link BenchData} or, when that is empty, is made inline under another name.
 */
final class BenchScenarios {
    private static final String BEARER = "Bearer #{token}";
    private static final String KEY = "#{randomUuid()}";

    private BenchScenarios() {}

    static ChainBuilder chain(String scenario) {
        return switch (scenario) {
            case "health" -> exec(http("health").get("/health/live"));
            case "version" -> exec(http("version").get("/v1/version"));
            case "listing" -> listing();
            case "search" -> search();
            case "detail" -> detail();
            case "quote" -> quote("quote", false, BenchData.QUOTES);
            case "hotquote" -> quote("hotquote", true, BenchData.HOT_QUOTES);
            case "hold" -> hold("hold", BenchData.QUOTES, false);
            case "hotrow" -> hold("hotrow", BenchData.HOT_QUOTES, true);
            case "confirm" -> confirm();
            case "cancel" -> cancel();
            case "mixed" -> mixed();
            default -> throw new IllegalArgumentException("no scenario " + scenario);
        };
    }

    private static ChainBuilder listing() {
        return exec(http("listing").get("/v1/hotel-packages?limit=20"));
    }

    private static ChainBuilder search() {
        return exec(session -> session.set("city", BenchData.anyCity()))
                .exec(http("search").get("/v1/search?q=#{city}"));
    }

    private static ChainBuilder detail() {
        return exec(session -> {
                    var night = BenchData.anyNight();
                    return session.set("pkg", BenchData.anyHotel())
                            .set("in", night.toString())
                            .set("out", night.plusDays(1).toString());
                })
                .exec(http("detail").get("/v1/hotel-packages/#{pkg}?checkIn=#{in}&checkOut=#{out}"));
    }

    /** A quote by a random traveler for one night of a random package (or the hot night); queued when {@code into} is given. */
    private static ChainBuilder quote(String name, boolean hot, Queue<BenchData.Booking> into) {
        ChainBuilder q = exec(session -> {
                    var night = hot ? BenchData.hotNight : BenchData.anyNight();
                    return session.set("token", BenchData.anyTraveler().token())
                            .set("pkg", hot ? BenchData.hotPackage : BenchData.anyHotel())
                            .set("in", night.toString())
                            .set("out", night.plusDays(1).toString());
                })
                .exec(http(name)
                        .post("/v1/bookings/quote")
                        .header("Authorization", BEARER)
                        .header("Content-Type", "application/json")
                        .body(StringBody("{\"packageType\":\"HOTEL\",\"packageId\":\"#{pkg}\",\"checkIn\":\"#{in}\","
                                + "\"checkOut\":\"#{out}\",\"guests\":1,\"units\":1}"))
                        .check(status().is(201), jsonPath("$.id").saveAs("booking")));
        return into == null ? q : q.exec(session -> offer(session, into));
    }

    private static ChainBuilder hold(String name, Queue<BenchData.Booking> from, boolean hot) {
        return take(from)
                .doIf(BenchScenarios::missing)
                .then(quote(name + " (quote inline)", hot, null))
                .exec(http(name)
                        .post("/v1/bookings/#{booking}/hold")
                        .header("Authorization", BEARER)
                        .header("Idempotency-Key", KEY)
                        .check(hot ? status().in(200, 409) : status().is(200), status().saveAs("status")))
                .exec(session -> hot || session.getInt("status") != 200 ? session : offer(session, BenchData.HOLDS));
    }

    private static ChainBuilder heldInline(String name) {
        return doIf(BenchScenarios::missing)
                .then(quote(name + " (quote inline)", false, null)
                        .exec(http(name + " (hold inline)")
                                .post("/v1/bookings/#{booking}/hold")
                                .header("Authorization", BEARER)
                                .header("Idempotency-Key", KEY)
                                .check(status().is(200))));
    }

    private static ChainBuilder confirm() {
        return take(BenchData.HOLDS)
                .exec(heldInline("confirm"))
                .exec(http("confirm")
                        .post("/v1/bookings/#{booking}/confirm")
                        .header("Authorization", BEARER)
                        .header("Idempotency-Key", KEY)
                        .header("Content-Type", "application/json")
                        .body(StringBody("{\"paymentMethod\":\"pm_card_ok\"}"))
                        .check(status().is(200)))
                .exec(session -> offer(session, BenchData.CONFIRMED));
    }

    private static ChainBuilder cancel() {
        return take(BenchData.CONFIRMED)
                .doIf(BenchScenarios::missing)
                .then(take(BenchData.HOLDS))
                .exec(heldInline("cancel"))
                .exec(http("cancel")
                        .post("/v1/bookings/#{booking}/cancel")
                        .header("Authorization", BEARER)
                        .header("Idempotency-Key", KEY)
                        .header("Content-Type", "application/json")
                        .body(StringBody("{\"reason\":\"plans changed\"}"))
                        .check(status().is(200)));
    }

    /** Browsing first, booking second, as a booking funnel: most requests read, few end in a booking. */
    private static ChainBuilder mixed() {
        return randomSwitch()
                .on(
                        percent(25.0).then(listing()),
                        percent(15.0).then(search()),
                        percent(25.0).then(detail()),
                        percent(17.0).then(quote("quote", false, BenchData.QUOTES)),
                        percent(10.0).then(hold("hold", BenchData.QUOTES, false)),
                        percent(5.0).then(confirm()),
                        percent(3.0).then(cancel()));
    }

    private static ChainBuilder take(Queue<BenchData.Booking> from) {
        return exec(session -> {
            BenchData.Booking b = from.poll();
            return b == null
                    ? session.remove("booking")
                    : session.set("token", b.token()).set("booking", b.id());
        });
    }

    private static boolean missing(Session session) {
        return !session.contains("booking");
    }

    private static Session offer(Session session, Queue<BenchData.Booking> into) {
        into.add(new BenchData.Booking(session.getString("token"), session.getString("booking")));
        return session;
    }
}
