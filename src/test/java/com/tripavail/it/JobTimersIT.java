package com.tripavail.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.testenv.BookingFixtures;
import com.tripavail.testenv.TripAvailServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The booking timers are persistent and created once: a restarted server finds them through
 * TimerService.getTimers() (Liberty reads persistent timers from the database) and creates none.
 */
@ExtendWith(TripAvailServer.class)
class JobTimersIT {
    private static long bookingTimers() {
        return BookingFixtures.queryLong("SELECT COUNT(*) FROM ejbtimer_task WHERE iname LIKE '%BookingJobScheduler%'");
    }

    @Test
    void aRestartKeepsExactlyOneTimerPerJob() throws Exception {
        assertThat(bookingTimers()).isEqualTo(3);
        var liberty = TripAvailServer.get().liberty();
        liberty.stop();
        liberty.start(Duration.ofMinutes(3), Integer.parseInt(System.getProperty("tripavail.httpPort", "4180")));
        assertThat(bookingTimers()).isEqualTo(3);
        assertThat(liberty.readMessagesLog()).doesNotContain("Scheduled hold-expiry");
    }
}
