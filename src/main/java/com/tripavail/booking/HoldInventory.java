package com.tripavail.booking;

import com.tripavail.inventory.InventoryService;
import com.tripavail.inventory.InventoryService.Counter;
import com.tripavail.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Moves a booking's rooms or seats through the inventory counters. Reserving goes night by night in
 * ascending order (no deadlocks between holds); when a night is short it first reclaims expired
 * holds on that very night, then tries once more, so freed inventory never waits for the job.
 */
@ApplicationScoped
public class HoldInventory {
    @Inject
    InventoryService inventory;

    @Inject
    BookingRepository bookings;

    @Inject
    HoldExpirer expirer;

    /** Reserves everything or throws {@code insufficient_inventory} (the caller's transaction rolls back). */
    public void reserve(Booking b, Instant now) {
        if (b.packageType() == PackageType.TOUR) {
            if (!inventory.holdSeats(b.departureId(), b.units())
                    && (reclaim(bookings.expiredHoldsOnDeparture(b.departureId(), now), now) == 0
                            || !inventory.holdSeats(b.departureId(), b.units()))) {
                throw insufficient();
            }
            return;
        }
        for (LocalDate night = b.startDate(); night.isBefore(b.endDate()); night = night.plusDays(1)) {
            if (!inventory.holdNight(b.packageId(), night, b.units())
                    && (reclaim(bookings.expiredHoldsOnNight(b.packageId(), night, now), now) == 0
                            || !inventory.holdNight(b.packageId(), night, b.units()))) {
                throw insufficient();
            }
        }
    }

    public void release(Booking b) {
        move(b, Counter.HELD_TO_NOTHING);
    }

    public void sell(Booking b) {
        move(b, Counter.HELD_TO_SOLD);
    }

    public void releaseSold(Booking b) {
        move(b, Counter.SOLD_TO_NOTHING);
    }

    private void move(Booking b, Counter counter) {
        if (b.packageType() == PackageType.TOUR) {
            inventory.moveSeats(b.departureId(), b.units(), counter);
        } else {
            inventory.moveNights(b.packageId(), b.startDate(), b.endDate(), b.units(), counter);
        }
    }

    private int reclaim(List<Booking> expired, Instant now) {
        expired.forEach(other -> expirer.expire(other, now, HoldExpirer.RECLAIM_ACTOR));
        return expired.size();
    }

    private static DomainException insufficient() {
        return DomainException.conflict("insufficient_inventory", "Not enough rooms or seats left for these dates");
    }
}
