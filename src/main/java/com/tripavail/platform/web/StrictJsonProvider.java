package com.tripavail.platform.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.Map;

/**
 * The JSON-P provider given to JSON-B: the platform's provider, except that every parser is a
 * {@link StrictJsonParser}. JSON-B has no setting for exact integers, and a registered {@code
 * JsonbDeserializer<Integer>} does not apply to {@code int} fields; the parser is the one place
 * every number and string of a request body passes through.
 */
final class StrictJsonProvider extends JsonProvider {
    private final JsonProvider delegate;

    StrictJsonProvider(JsonProvider delegate) {
        this.delegate = delegate;
    }

    @Override
    public JsonParser createParser(Reader reader) {
        return new StrictJsonParser(delegate.createParser(reader));
    }

    @Override
    public JsonParser createParser(InputStream in) {
        return new StrictJsonParser(delegate.createParser(in));
    }

    @Override
    public JsonParserFactory createParserFactory(Map<String, ?> config) {
        JsonParserFactory factory = delegate.createParserFactory(config);
        return new JsonParserFactory() {
            @Override
            public JsonParser createParser(Reader reader) {
                return new StrictJsonParser(factory.createParser(reader));
            }

            @Override
            public JsonParser createParser(InputStream in) {
                return new StrictJsonParser(factory.createParser(in));
            }

            @Override
            public JsonParser createParser(InputStream in, Charset charset) {
                return new StrictJsonParser(factory.createParser(in, charset));
            }

            @Override
            public JsonParser createParser(JsonObject obj) {
                return new StrictJsonParser(factory.createParser(obj));
            }

            @Override
            public JsonParser createParser(JsonArray array) {
                return new StrictJsonParser(factory.createParser(array));
            }

            @Override
            public Map<String, ?> getConfigInUse() {
                return factory.getConfigInUse();
            }
        };
    }

    @Override
    public JsonGenerator createGenerator(Writer writer) {
        return delegate.createGenerator(writer);
    }

    @Override
    public JsonGenerator createGenerator(OutputStream out) {
        return delegate.createGenerator(out);
    }

    @Override
    public JsonGeneratorFactory createGeneratorFactory(Map<String, ?> config) {
        return delegate.createGeneratorFactory(config);
    }

    @Override
    public JsonReader createReader(Reader reader) {
        return delegate.createReader(reader);
    }

    @Override
    public JsonReader createReader(InputStream in) {
        return delegate.createReader(in);
    }

    @Override
    public JsonWriter createWriter(Writer writer) {
        return delegate.createWriter(writer);
    }

    @Override
    public JsonWriter createWriter(OutputStream out) {
        return delegate.createWriter(out);
    }

    @Override
    public JsonWriterFactory createWriterFactory(Map<String, ?> config) {
        return delegate.createWriterFactory(config);
    }

    @Override
    public JsonReaderFactory createReaderFactory(Map<String, ?> config) {
        return delegate.createReaderFactory(config);
    }

    @Override
    public JsonObjectBuilder createObjectBuilder() {
        return delegate.createObjectBuilder();
    }

    @Override
    public JsonObjectBuilder createObjectBuilder(Map<String, ?> map) {
        return delegate.createObjectBuilder(map);
    }

    @Override
    public JsonArrayBuilder createArrayBuilder() {
        return delegate.createArrayBuilder();
    }

    @Override
    public JsonArrayBuilder createArrayBuilder(java.util.Collection<?> collection) {
        return delegate.createArrayBuilder(collection);
    }

    @Override
    public JsonBuilderFactory createBuilderFactory(Map<String, ?> config) {
        return delegate.createBuilderFactory(config);
    }

    @Override
    public jakarta.json.JsonString createValue(String value) {
        return delegate.createValue(value);
    }

    @Override
    public jakarta.json.JsonNumber createValue(Number value) {
        return delegate.createValue(value);
    }

    @Override
    public jakarta.json.JsonNumber createValue(long value) {
        return delegate.createValue(value);
    }

    @Override
    public jakarta.json.JsonNumber createValue(java.math.BigDecimal value) {
        return delegate.createValue(value);
    }
}
