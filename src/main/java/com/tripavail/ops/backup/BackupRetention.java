package com.tripavail.ops.backup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backups to keep: the newest of each of the last {@code daily} days that have one, of the
 * last {@code weekly} ISO weeks and of the last {@code monthly} months (calendar in {@code zone}).
 * Everything else may be deleted. The newest backup is always kept.
 */
public record BackupRetention(int daily, int weekly, int monthly, ZoneId zone) {

    public Set<Instant> keep(List<Instant> backups) {
        List<Instant> newestFirst =
                backups.stream().sorted(Comparator.reverseOrder()).toList();
        Set<Instant> keep = new LinkedHashSet<>();
        if (!newestFirst.isEmpty()) {
            keep.add(newestFirst.get(0));
        }
        keep.addAll(newestPer(newestFirst, daily, d -> d));
        keep.addAll(newestPer(
                newestFirst,
                weekly,
                d -> d.get(IsoFields.WEEK_BASED_YEAR) * 100 + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        keep.addAll(newestPer(newestFirst, monthly, d -> d.getYear() * 100 + d.getMonthValue()));
        return keep;
    }

    private Set<Instant> newestPer(List<Instant> newestFirst, int periods, Function<LocalDate, Object> period) {
        Set<Object> seen = new HashSet<>();
        Set<Instant> kept = new LinkedHashSet<>();
        for (Instant backup : newestFirst) {
            Object p = period.apply(backup.atZone(zone).toLocalDate());
            if (!seen.contains(p)) {
                if (seen.size() == periods) {
                    break;
                }
                seen.add(p);
                kept.add(backup);
            }
        }
        return kept;
    }
}
