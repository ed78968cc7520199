package com.tripavail.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Version and commit stamped into the WAR by the build. */
@ApplicationScoped
public class BuildInfo {
    private final Properties props = new Properties();

    public BuildInfo() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("/META-INF/tripavail-build.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String version() {
        return props.getProperty("version", "unknown");
    }

    public String commit() {
        String commit = props.getProperty("commit", "");
        return commit.isEmpty() || commit.startsWith("${") ? "unknown" : commit;
    }
}
