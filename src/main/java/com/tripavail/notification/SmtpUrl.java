package com.tripavail.notification;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * SMTP_URL: {@code smtp://user:password@host:587?starttls=true} or {@code smtps://host:465}. The
 * password never appears in {@link #toString()}.
 */
public record SmtpUrl(String host, int port, String user, String password, boolean ssl, boolean startTls) {

    public static SmtpUrl parse(String raw) {
        URI uri;
        try {
            uri = URI.create(raw.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("SMTP_URL is not a URL");
        }
        boolean ssl = "smtps".equals(uri.getScheme());
        if (!ssl && !"smtp".equals(uri.getScheme())) {
            throw new IllegalArgumentException("SMTP_URL must start with smtp:// or smtps://");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("SMTP_URL has no host");
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        boolean startTls = uri.getQuery() != null && uri.getQuery().contains("starttls=true");
        int port = uri.getPort() > 0 ? uri.getPort() : ssl ? 465 : 587;
        return new SmtpUrl(uri.getHost(), port, user, password, ssl, startTls);
    }

    /** Jakarta Mail session properties, with bounded timeouts so a stuck server cannot hold a dispatcher. */
    public Properties mailProperties() {
        String p = ssl ? "mail.smtps." : "mail.smtp.";
        Properties props = new Properties();
        props.setProperty("mail.transport.protocol", ssl ? "smtps" : "smtp");
        props.setProperty(p + "host", host);
        props.setProperty(p + "port", Integer.toString(port));
        props.setProperty(p + "auth", Boolean.toString(user != null));
        props.setProperty(p + "starttls.enable", Boolean.toString(startTls));
        props.setProperty(p + "starttls.required", Boolean.toString(startTls));
        props.setProperty(p + "connectiontimeout", "5000");
        props.setProperty(p + "timeout", "10000");
        props.setProperty(p + "writetimeout", "10000");
        return props;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return (ssl ? "smtps://" : "smtp://") + (user == null ? "" : user + ":***@") + host + ":" + port;
    }
}
