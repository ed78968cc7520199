package com.tripavail.platform.redis;

import com.tripavail.platform.config.Setting;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.URI;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisPooled;

/**
 * The one Redis client of the application ({@code REDIS_URL}, e.g. {@code redis://:secret@host:6379/0}).
 * Short timeouts: Redis is an accelerator, and a slow Redis must not stall requests.
 */
@ApplicationScoped
public class RedisClientProducer {
    private JedisPooled client;

    /** Singleton, not ApplicationScoped: JedisPooled has final methods, so it cannot be proxied. */
    @Produces
    @Singleton
    public synchronized JedisPooled client() {
        if (client == null) {
            URI uri = URI.create(Setting.raw("REDIS_URL", "redis://localhost:6379"));
            int timeoutMs = Setting.value("REDIS_TIMEOUT_MS", Integer.class, 500);
            JedisClientConfig clientConfig = DefaultJedisClientConfig.builder()
                    .connectionTimeoutMillis(timeoutMs)
                    .socketTimeoutMillis(timeoutMs)
                    .user(user(uri))
                    .password(password(uri))
                    .database(database(uri))
                    .ssl("rediss".equals(uri.getScheme()))
                    .clientName("tripavail")
                    .build();
            ConnectionPoolConfig pool = new ConnectionPoolConfig();
            pool.setMaxTotal(32);
            pool.setMaxIdle(8);
            pool.setTestWhileIdle(true);
            client = new JedisPooled(
                    pool, new HostAndPort(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort()), clientConfig);
        }
        return client;
    }

    @PreDestroy
    synchronized void close() {
        if (client != null) {
            client.close();
        }
    }

    private static String user(URI uri) {
        String info = uri.getUserInfo();
        if (info == null || !info.contains(":")) {
            return null;
        }
        String user = info.substring(0, info.indexOf(':'));
        return user.isEmpty() ? null : user;
    }

    private static String password(URI uri) {
        String info = uri.getUserInfo();
        if (info == null) {
            return null;
        }
        return info.contains(":") ? info.substring(info.indexOf(':') + 1) : info;
    }

    private static int database(URI uri) {
        String path = uri.getPath();
        if (path == null || path.length() <= 1) {
            return 0;
        }
        return Integer.parseInt(path.substring(1));
    }
}
