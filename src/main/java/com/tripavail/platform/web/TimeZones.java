package com.tripavail.platform.web;

import com.tripavail.platform.problem.DomainException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time zones as clients send them (IANA region ids only: offsets would ignore daylight saving), and
 * the zone of a place when a client leaves it out: the tz database's zones of the place's country
 * ({@code zone.tab}, public domain), the one nearest to the place's coordinates, else the
 * country's first (its most populous area, e.g. Europe/Lisbon for PT).
 */
public final class TimeZones {
    /** Read once: the JDK copies the whole set on every call. */
    private static final Set<String> ZONE_IDS = Set.copyOf(ZoneId.getAvailableZoneIds());

    private static final Pattern COORDINATES =
            Pattern.compile("([+-])(\\d{2})(\\d{2})(\\d{2})?([+-])(\\d{3})(\\d{2})(\\d{2})?");
    private static final Map<String, List<Area>> BY_COUNTRY = load();

    private record Area(ZoneId zone, double latitude, double longitude) {
        double distanceTo(double lat, double lon) {
            double p1 = Math.toRadians(latitude);
            double p2 = Math.toRadians(lat);
            double dl = Math.toRadians(lon - longitude);
            double cos = Math.sin(p1) * Math.sin(p2) + Math.cos(p1) * Math.cos(p2) * Math.cos(dl);
            return Math.acos(Math.max(-1, Math.min(1, cos)));
        }
    }

    private TimeZones() {}

    /** The zone named {@code id}, or a 400 naming {@code field}. */
    public static ZoneId parse(String field, String id) {
        if (id == null || !ZONE_IDS.contains(id.trim())) {
            throw DomainException.invalidField(field, "must be an IANA time zone such as Europe/Lisbon");
        }
        return ZoneId.of(id.trim());
    }

    /** The zone a client named in {@code field}, else the place's own ({@link #forPlace}), if any. */
    public static Optional<ZoneId> givenOrForPlace(
            String field, String given, String country, Number latitude, Number longitude) {
        return given != null ? Optional.of(parse(field, given)) : forPlace(country, latitude, longitude);
    }

    /** The zone of a place in {@code country}, nearest to the coordinates when they are known. */
    public static Optional<ZoneId> forPlace(String country, Number latitude, Number longitude) {
        List<Area> areas = BY_COUNTRY.getOrDefault(country, List.of());
        if (areas.isEmpty()) {
            return Optional.empty();
        }
        if (latitude == null || longitude == null) {
            return Optional.of(areas.get(0).zone());
        }
        double lat = latitude.doubleValue();
        double lon = longitude.doubleValue();
        return areas.stream()
                .min(Comparator.comparingDouble(a -> a.distanceTo(lat, lon)))
                .map(Area::zone);
    }

    private static Map<String, List<Area>> load() {
        Map<String, List<Area>> byCountry = new LinkedHashMap<>();
        try (var in = TimeZones.class.getResourceAsStream("zone.tab");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cols = line.split("\t");
                if (line.startsWith("#") || cols.length < 3 || !ZONE_IDS.contains(cols[2])) {
                    continue;
                }
                Matcher m = COORDINATES.matcher(cols[1]);
                if (m.matches()) {
                    byCountry
                            .computeIfAbsent(cols[0], c -> new ArrayList<>())
                            .add(new Area(
                                    ZoneId.of(cols[2]),
                                    degrees(m.group(1), m.group(2), m.group(3), m.group(4)),
                                    degrees(m.group(5), m.group(6), m.group(7), m.group(8))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(byCountry);
    }

    private static double degrees(String sign, String deg, String min, String sec) {
        double value = Integer.parseInt(deg)
                + Integer.parseInt(min) / 60.0
                + (sec == null ? 0 : Integer.parseInt(sec) / 3600.0);
        return "-".equals(sign) ? -value : value;
    }
}
