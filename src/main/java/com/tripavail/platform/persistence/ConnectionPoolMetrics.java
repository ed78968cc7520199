package com.tripavail.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * {@code tripavail_db_pool_max_connections{datasource}}: the configured size of each connection pool
 * (DB_POOL_MAX, what server.xml gives both datasources). Liberty exports how many connections are
 * in use ({@code connectionpool_managedConnections - connectionpool_freeConnections}) but not the
 * maximum, which the "pool above 80 %" alert divides by. Labels match Liberty's datasource label.
 */
@ApplicationScoped
public class ConnectionPoolMetrics {
    @Inject
    MetricRegistry registry;

    @Inject
    @ConfigProperty(name = "DB_POOL_MAX", defaultValue = "10")
    int poolMax;

    void register(@Observes Startup startup) {
        Metadata meta = Metadata.builder()
                .withName("tripavail_db_pool_max_connections")
                .withDescription("Configured maximum size of the connection pool (DB_POOL_MAX)")
                .withUnit(MetricUnits.NONE)
                .build();
        for (String datasource : new String[] {"jdbc_tripavail", "jdbc_tripavailRead"}) {
            registry.gauge(meta, this, m -> m.poolMax, new Tag("datasource", datasource));
        }
    }
}
