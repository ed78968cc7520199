package com.tripavail.platform.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import redis.clients.jedis.JedisPooled;

/** Redis connection pool and reachability as application metrics (redis_* on /metrics). */
@ApplicationScoped
public class RedisMetrics {
    @Inject
    JedisPooled redis;

    @Inject
    MetricRegistry registry;

    void register(@Observes Startup startup) {
        registry.gauge(
                meta("redis.pool.active.connections", "Redis connections in use"),
                this,
                r -> r.redis.getPool().getNumActive());
        registry.gauge(
                meta("redis.pool.idle.connections", "Idle Redis connections in the pool"),
                this,
                r -> r.redis.getPool().getNumIdle());
        registry.gauge(
                meta("redis.pool.waiters", "Threads waiting for a Redis connection"),
                this,
                r -> r.redis.getPool().getNumWaiters());
        registry.gauge(meta("redis.up", "1 when Redis answers PING, else 0"), this, RedisMetrics::up);
    }

    private static org.eclipse.microprofile.metrics.Metadata meta(String name, String description) {
        return org.eclipse.microprofile.metrics.Metadata.builder()
                .withName(name)
                .withDescription(description)
                .withUnit(MetricUnits.NONE)
                .build();
    }

    private int up() {
        try {
            return "PONG".equals(redis.ping()) ? 1 : 0;
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
