package com.tripavail.ops.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Retention over fabricated dates: daily 7, weekly 4, monthly 6. */
class BackupRetentionTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private final BackupRetention retention = new BackupRetention(7, 4, 6, UTC);

    private static Instant at(int year, int month, int day, int hour) {
        return ZonedDateTime.of(year, month, day, hour, 30, 0, 0, UTC).toInstant();
    }

    @Test
    void aYearOfDailyBackupsKeepsSevenDaysFourWeeksAndSixMonths() {
        List<Instant> backups = new ArrayList<>();
        for (ZonedDateTime d = ZonedDateTime.of(2026, 1, 1, 2, 30, 0, 0, UTC); d.getYear() == 2026; d = d.plusDays(1)) {
            backups.add(d.toInstant());
        }
        Set<Instant> keep = retention.keep(backups);
        // Dec 25-31 daily; the newest of ISO weeks 53 (Dec 28-31), 52, 51, 50 (Dec 13); the newest
        // of Dec, Nov, Oct, Sep, Aug, Jul
        assertThat(keep)
                .containsExactlyInAnyOrder(
                        at(2026, 12, 25, 2),
                        at(2026, 12, 26, 2),
                        at(2026, 12, 27, 2),
                        at(2026, 12, 28, 2),
                        at(2026, 12, 29, 2),
                        at(2026, 12, 30, 2),
                        at(2026, 12, 31, 2),
                        at(2026, 12, 20, 2),
                        at(2026, 12, 13, 2),
                        at(2026, 11, 30, 2),
                        at(2026, 10, 31, 2),
                        at(2026, 9, 30, 2),
                        at(2026, 8, 31, 2),
                        at(2026, 7, 31, 2));
    }

    @Test
    void severalBackupsADayKeepTheNewestOfEachDay() {
        List<Instant> backups = List.of(at(2026, 3, 2, 1), at(2026, 3, 2, 9), at(2026, 3, 1, 9), at(2026, 3, 1, 3));
        assertThat(new BackupRetention(7, 0, 0, UTC).keep(backups))
                .containsExactlyInAnyOrder(at(2026, 3, 2, 9), at(2026, 3, 1, 9));
    }

    @Test
    void theNewestIsAlwaysKeptAndNothingIsKeptTwice() {
        assertThat(new BackupRetention(0, 0, 0, UTC).keep(List.of(at(2026, 3, 1, 1), at(2026, 3, 2, 1))))
                .containsExactly(at(2026, 3, 2, 1));
        assertThat(retention.keep(List.of())).isEmpty();
    }
}
