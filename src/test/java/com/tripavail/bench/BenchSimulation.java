package com.tripavail.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * One load phase, set by system properties before Gatling starts it: bench.scenario, bench.load
 * ({@code closed}: bench.users clients back to back, the maximum throughput; {@code open}: bench.rate
 * arrivals per second whatever the answers' speed, so latency is free of coordinated omission) and
 * bench.seconds. Connections are shared and kept alive, as a proxy in front of the server keeps them.
 */
public class BenchSimulation extends Simulation {
    public BenchSimulation() {
        String name = System.getProperty("bench.scenario");
        Duration during = Duration.ofSeconds(Long.getLong("bench.seconds"));
        HttpProtocolBuilder protocol = http.baseUrl(BenchData.baseUri)
                .acceptHeader("application/json")
                .header("X-Forwarded-For", "10.9.9.9")
                .shareConnections()
                .disableCaching();
        ScenarioBuilder scenario = scenario(name).exec(BenchScenarios.chain(name));
        if ("open".equals(System.getProperty("bench.load"))) {
            setUp(scenario.injectOpen(constantUsersPerSec(Double.parseDouble(System.getProperty("bench.rate")))
                            .during(during)))
                    .protocols(protocol);
        } else {
            setUp(scenario.injectClosed(constantConcurrentUsers(Integer.getInteger("bench.users"))
                            .during(during)))
                    .protocols(protocol);
        }
    }
}
