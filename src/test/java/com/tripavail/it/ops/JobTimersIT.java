package com.tripavail.it.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.BookingFixtures;
import com.tripavail.testenv.CatalogFixtures;
import com.tripavail.testenv.HotelPackages;
import com.tripavail.testenv.Stay;
import com.tripavail.testenv.TripAvailServer;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The job timers (one per declared job, all on the one JobScheduler) are persistent and created
 * once: a restarted server finds them through TimerService.getTimers() (Liberty reads persistent
 * timers from the database) and creates none.
 */
@ExtendWith(TripAvailServer.class)
class JobTimersIT {
    /**
     * hold-expiry, booking-completion, payment-reconciliation, payouts, notification-dispatch,
     * document-expiry, search-indexing, and (the test server has BACKUP_DIR and a drill database)
     * backup and restore-drill.
     */
    static final int JOBS = 9;

    private static long timersOf(String bean) {
        return BookingFixtures.queryLong("SELECT COUNT(*) FROM ejbtimer_task WHERE iname LIKE '%" + bean + "%'");
    }

    @Test
    void aRestartKeepsExactlyOneTimerPerJob() throws Exception {
        assertThat(timersOf("JobScheduler")).isEqualTo(JOBS);
        var liberty = TripAvailServer.get().liberty();
        liberty.stop();
        liberty.start(Duration.ofMinutes(3), Integer.parseInt(System.getProperty("tripavail.httpPort", "4180")));
        assertThat(timersOf("JobScheduler")).isEqualTo(JOBS);
        assertThat(liberty.readMessagesLog())
                .doesNotContain("Scheduled hold-expiry")
                .doesNotContain("Scheduled document-expiry")
                .doesNotContain("Scheduled search-indexing");

        // and they fire again by themselves: after a restart Liberty leaves a task reserved by the
        // previous run alone until the missed-task threshold (100 s) has passed, so allow for it
        var admin = Accounts.admin();
        var setup = CatalogFixtures.approvedHotelProvider(admin);
        String pkg = HotelPackages.of(setup).price(7_000).rooms(1).publish();
        Stay stay = Stay.held(pkg, LocalDate.now().plusDays(14), 1, 1);
        BookingFixtures.expireHoldNow(stay.bookingId());
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> "EXPIRED_HOLD".equals(stay.status()));
    }
}
