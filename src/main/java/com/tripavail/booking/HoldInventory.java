package com.tripavail.booking;

import com.tripavail.inventory.InventoryService;
import com.tripavail.inventory.InventoryService.Counter;
import com.tripavail.inventory.Slots;
import com.tripavail.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * Moves a booking's rooms or seats through the inventory counters, the same way for every package
 * kind. Reserving goes slot by slot (nights ascending, or the one departure) in lock order, so holds
 * do not deadlock; when a slot is short it first reclaims expired holds on that very slot, then tries
 * once more, so freed inventory never waits for the job.
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
        for (Slots slot : slotsOf(b).each()) {
            if (!inventory.reserve(slot, b.units())
                    && (reclaim(bookings.expiredHoldsOn(slot, now), now) == 0 || !inventory.reserve(slot, b.units()))) {
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
        inventory.move(slotsOf(b), b.units(), counter);
    }

    private static Slots slotsOf(Booking b) {
        return Slots.of(b.packageId(), b.departureId(), b.startDate(), b.endDate());
    }

    private int reclaim(List<Booking> expired, Instant now) {
        expired.forEach(other -> expirer.expire(other, now, HoldExpirer.RECLAIM_ACTOR));
        return expired.size();
    }

    private static DomainException insufficient() {
        return DomainException.conflict("insufficient_inventory", "Not enough rooms or seats left for these dates");
    }
}
