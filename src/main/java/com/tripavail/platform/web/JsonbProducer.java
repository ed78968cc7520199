package com.tripavail.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B configuration for the wire: unknown properties are rejected (a client cannot slip
 * {@code status}, {@code price} or {@code userId} into a body), nulls are left out, and bodies are
 * read by a {@link StrictJsonParser}: integers must fit their field exactly (no truncated {@code
 * 12.5}, no wrapped {@code 2^64+100}) and strings must not contain U+0000 — each a 400 naming the
 * field instead of a silently wrong value or a database error. Dates follow {@link ApiDates}.
 */
@Provider
@ApplicationScoped
public class JsonbProducer implements ContextResolver<Jsonb> {
    private static final Jsonb JSONB = JsonbBuilder.newBuilder()
            .withProvider(new StrictJsonProvider(JsonProvider.provider()))
            .withConfig(new JsonbConfig()
                    .withNullValues(false)
                    .withDeserializers(new ApiDateDeserializer())
                    .setProperty("jsonb.fail-on-unknown-properties", true))
            .build();

    @Produces
    public Jsonb jsonb() {
        return JSONB;
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
