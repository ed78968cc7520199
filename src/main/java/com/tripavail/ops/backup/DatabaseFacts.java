package com.tripavail.ops.backup;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a backup's manifest records and a restore drill compares: the row count of every table, and
 * a checksum over every row of the tables money and bookings live in. Read inside the caller's
 * transaction (for a backup: the snapshot pg_dump dumps), with the settings that decide how a row
 * prints fixed, so a restored copy gives the same text.
 */
public record DatabaseFacts(Map<String, Long> rowCounts, Map<String, String> checksums) {
    static final List<String> CHECKSUMMED = List.of("bookings", "booking_events", "payments", "journal_entries");

    public static DatabaseFacts read(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SET LOCAL TimeZone = 'UTC'");
            st.execute("SET LOCAL DateStyle = 'ISO, YMD'");
            st.execute("SET LOCAL IntervalStyle = 'postgres'");
            st.execute("SET LOCAL extra_float_digits = 1");
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            Map<String, Long> counts = new TreeMap<>();
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM public." + quote(table))) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            Map<String, String> sums = new TreeMap<>();
            for (String table : CHECKSUMMED) {
                if (counts.containsKey(table)) {
                    try (ResultSet rs =
                            st.executeQuery("SELECT md5(COALESCE(string_agg(md5(t::text), '' ORDER BY t.id), ''))"
                                    + " FROM public." + quote(table) + " t")) {
                        rs.next();
                        sums.put(table, rs.getString(1));
                    }
                }
            }
            return new DatabaseFacts(counts, sums);
        }
    }

    /** The differences from {@code expected}, one line each; empty when they agree. */
    public List<String> differencesFrom(DatabaseFacts expected) {
        List<String> diff = new ArrayList<>();
        expected.rowCounts.forEach((table, n) -> {
            Long actual = rowCounts.get(table);
            if (!n.equals(actual)) {
                diff.add(table + ": " + n + " rows recorded, " + actual + " restored");
            }
        });
        expected.checksums.forEach((table, sum) -> {
            if (!sum.equals(checksums.get(table))) {
                diff.add(table + ": checksum differs");
            }
        });
        return diff;
    }

    public JsonObject toJson() {
        JsonObjectBuilder counts = Json.createObjectBuilder();
        rowCounts.forEach(counts::add);
        JsonObjectBuilder sums = Json.createObjectBuilder();
        checksums.forEach(sums::add);
        return Json.createObjectBuilder()
                .add("rowCounts", counts)
                .add("checksums", sums)
                .build();
    }

    public static DatabaseFacts fromJson(JsonObject json) {
        Map<String, Long> counts = new TreeMap<>();
        json.getJsonObject("rowCounts").forEach((k, v) -> counts.put(k, ((jakarta.json.JsonNumber) v).longValue()));
        Map<String, String> sums = new TreeMap<>();
        json.getJsonObject("checksums").forEach((k, v) -> sums.put(k, ((jakarta.json.JsonString) v).getString()));
        return new DatabaseFacts(counts, sums);
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
