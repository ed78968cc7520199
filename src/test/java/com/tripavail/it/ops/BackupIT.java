package com.tripavail.it.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.BookingFixtures;
import com.tripavail.testenv.CatalogFixtures;
import com.tripavail.testenv.HotelPackages;
import com.tripavail.testenv.Jobs;
import com.tripavail.testenv.Metrics;
import com.tripavail.testenv.TestSettings;
import com.tripavail.testenv.TripAvailServer;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The backup job and the restore drill through the real thing: pg_dump -Fc of the embedded
 * PostgreSQL 17 into BACKUP_DIR with its manifest, the drill restoring it into a scratch database
 * with pg_restore and comparing; a tampered dump, or a manifest the restore does not match, fails
 * the drill (job FAILED, metric 0) and nothing else; two runs asked at once give one backup.
 */
@ExtendWith(TripAvailServer.class)
class BackupIT {
    private static final Path DIR = Path.of(System.getProperty("tripavail.workDir", "target/it-work"), "backups");
    private static Accounts.Session admin;

    @BeforeAll
    static void bookingsAndLedgerEntries() {
        admin = Accounts.admin();
        var setup = CatalogFixtures.approvedHotelProvider(admin);
        String pkg = HotelPackages.of(setup).price(9_000).rooms(2).publish();
        Accounts.Session traveler = Accounts.traveler();
        LocalDate in = LocalDate.now().plusDays(20);
        String id = BookingFixtures.quotedHotel(traveler, pkg, in, in.plusDays(2), 1);
        BookingFixtures.hold(traveler, id).then().statusCode(200);
        BookingFixtures.confirm(traveler, id, "pm_card_ok").then().statusCode(200);
    }

    @Test
    void aBackupWithItsManifestThenADrillThatPassesAndDrillsThatFail() throws Exception {
        Jobs.run(admin, "backup");
        Map<String, Object> backup = backups().getMap("backups[0]");
        String file = (String) backup.get("file");
        assertThat(file).matches("tripavail-\\d{8}T\\d{6}Z-.+\\.dump");
        Path dump = DIR.resolve(file);
        assertThat(dump).exists();
        assertThat(((Number) backup.get("sizeBytes")).longValue()).isEqualTo(Files.size(dump));
        assertThat(backup.get("sha256")).isEqualTo(sha256(dump));
        assertThat(DIR.resolve(file.replace(".dump", ".manifest.json"))).exists();
        try (Stream<Path> files = Files.list(DIR)) {
            assertThat(files.map(Path::toString)).noneMatch(f -> f.endsWith(".partial"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Number> counts = (Map<String, Number>) backup.get("rowCounts");
        assertThat(counts.get("bookings").longValue()).isPositive();
        assertThat(counts.get("journal_entries").longValue()).isPositive();
        assertThat(counts.get("payments").longValue()).isPositive();
        assertThat(counts).containsKeys("booking_events", "jbatch_jobexecution", "ejbtimer_task");
        @SuppressWarnings("unchecked")
        Map<String, String> checksums = (Map<String, String>) backup.get("checksums");
        assertThat(checksums.keySet())
                .containsExactlyInAnyOrder("bookings", "booking_events", "payments", "journal_entries");

        assertThat(Jobs.runToEnd(admin, "restore-drill")).isEqualTo("COMPLETED");
        assertThat(backups().getBoolean("drills[0].passed")).isTrue();
        assertThat(backups().getString("drills[0].detail")).startsWith("passed");
        assertThat(backups().getString("drills[0].backupFile")).isEqualTo(file);
        assertThat(scratchDatabases()).isZero();
        assertThat(metric("tripavail_restore_drill_last_passed")).isEqualTo(1.0);
        assertThat(metric("tripavail_backup_last_size_bytes")).isEqualTo((double) Files.size(dump));

        byte[] original = Files.readAllBytes(dump);
        try {
            Files.write(dump, java.util.Arrays.copyOf(original, original.length / 2));
            assertThat(Jobs.runToEnd(admin, "restore-drill")).isEqualTo("FAILED");
            assertThat(backups().getBoolean("drills[0].passed")).isFalse();
            assertThat(backups().getString("drills[0].detail")).contains("SHA-256");
            assertThat(metric("tripavail_restore_drill_last_passed")).isEqualTo(0.0);
        } finally {
            Files.write(dump, original);
        }
        String manifest = BookingFixtures.queryString("SELECT manifest FROM backups WHERE file_name = ?", file);
        try {
            // the dump is intact, but what it restores no longer matches what the manifest recorded
            BookingFixtures.update(
                    "UPDATE backups SET manifest = regexp_replace(manifest, '\"bookings\":\\d+', '\"bookings\":999999')"
                            + " WHERE file_name = ?",
                    file);
            assertThat(Jobs.runToEnd(admin, "restore-drill")).isEqualTo("FAILED");
            assertThat(backups().getString("drills[0].detail")).contains("bookings: 999999 rows recorded");
            assertThat(scratchDatabases()).isZero();
        } finally {
            BookingFixtures.update("UPDATE backups SET manifest = ? WHERE file_name = ?", manifest, file);
        }
        admin.as().get("/health/ready").then().statusCode(200);
        assertThat(Jobs.runToEnd(admin, "restore-drill")).isEqualTo("COMPLETED");
        assertThat(metric("tripavail_restore_drill_last_passed")).isEqualTo(1.0);
    }

    @Test
    void twoRunsAskedAtOnceGiveOneBackup() throws Exception {
        long before = BookingFixtures.queryLong("SELECT count(*) FROM backups");
        assertThat(Jobs.runConcurrently(admin, "backup", 3)).isEqualTo(1);
        assertThat(BookingFixtures.queryLong("SELECT count(*) FROM backups")).isEqualTo(before + 1);
    }

    private static JsonPath backups() {
        return admin.as()
                .get("/v1/admin/backups")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static long scratchDatabases() {
        return BookingFixtures.queryLong(
                "SELECT count(*) FROM pg_database WHERE datname = ?", TestSettings.DRILL_DATABASE);
    }

    private static double metric(String name) {
        String body = Metrics.scrape();
        Matcher m = Pattern.compile("(?m)^" + name + "\\{[^}]*\\} (\\S+)$").matcher(body);
        assertThat(m.find()).as(name + " in /metrics").isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
