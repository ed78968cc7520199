package com.tripavail.booking;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.batch.runtime.context.JobContext;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The booking jobs' loop: small chunks until none is left, and a stop request ends it between chunks. */
class BookingBatchletsTest {
    private final AtomicReference<String> exitStatus = new AtomicReference<>();

    private BookingBatchlets.Looping batchlet() {
        BookingBatchlets.Looping looping = new BookingBatchlets.Looping() {
            @Override
            public String process() {
                throw new UnsupportedOperationException();
            }
        };
        looping.jobContext = (JobContext) Proxy.newProxyInstance(
                JobContext.class.getClassLoader(), new Class<?>[] {JobContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setExitStatus")) {
                        exitStatus.set((String) args[0]);
                    }
                    return null;
                });
        return looping;
    }

    @Test
    void loopsOverChunksUntilNothingIsLeftAndReportsTheTotal() {
        BookingBatchlets.Looping looping = batchlet();
        AtomicInteger calls = new AtomicInteger();

        String exit = looping.loop("test", () -> calls.incrementAndGet() <= 3 ? 50 : 0);

        assertThat(exit).isEqualTo("HANDLED_150");
        assertThat(exitStatus).hasValue("HANDLED_150");
        assertThat(calls).hasValue(4);
    }

    @Test
    void aStopRequestEndsTheLoopAfterTheCurrentChunk() {
        BookingBatchlets.Looping looping = batchlet();
        AtomicInteger calls = new AtomicInteger();

        // work would go on for 100 chunks; the stop arrives during the second
        String exit = looping.loop("test", () -> {
            if (calls.incrementAndGet() == 2) {
                looping.stop();
            }
            return calls.get() <= 100 ? 10 : 0;
        });

        assertThat(exit).isEqualTo("HANDLED_20");
        assertThat(calls).hasValue(2);
    }
}
