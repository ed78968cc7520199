package com.tripavail.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B configuration for the wire: unknown properties are rejected (a client cannot slip
 * {@code status}, {@code price} or {@code userId} into a body), nulls are left out.
 */
@Provider
@ApplicationScoped
public class JsonbProducer implements ContextResolver<Jsonb> {
    private static final Jsonb JSONB = JsonbBuilder.create(
            new JsonbConfig().withNullValues(false).setProperty("jsonb.fail-on-unknown-properties", true));

    @Produces
    public Jsonb jsonb() {
        return JSONB;
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
