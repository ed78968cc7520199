package com.tripavail.ops.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import redis.clients.jedis.JedisPooled;

/** Ready only while Redis answers PING. */
@Readiness
@ApplicationScoped
public class RedisReadiness implements HealthCheck {
    @Inject
    JedisPooled redis;

    @Override
    public HealthCheckResponse call() {
        try {
            return "PONG".equals(redis.ping()) ? HealthCheckResponse.up("redis") : HealthCheckResponse.down("redis");
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("redis")
                    .down()
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
