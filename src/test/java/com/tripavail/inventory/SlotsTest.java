package com.tripavail.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotsTest {
    private static final LocalDate D = LocalDate.of(2027, 3, 30);

    @Test
    void aBookingWithoutDepartureTakesItsNightsOnePerSlotInAscendingOrder() {
        Slots nights = Slots.of(7, null, D, D.plusDays(3));

        assertEquals(Slots.Table.HOTEL_NIGHTS, nights.table());
        assertEquals(3, nights.count());
        assertEquals(
                List.of(
                        new Slots(Slots.Table.HOTEL_NIGHTS, 7, D, D.plusDays(1)),
                        new Slots(Slots.Table.HOTEL_NIGHTS, 7, D.plusDays(1), D.plusDays(2)),
                        new Slots(Slots.Table.HOTEL_NIGHTS, 7, D.plusDays(2), D.plusDays(3))),
                nights.each());
        nights.each().forEach(night -> assertEquals(1, night.count()));
    }

    @Test
    void aBookingWithADepartureTakesThatOneSlotWhateverItsDates() {
        Slots departure = Slots.of(7, 42L, D, D.plusDays(5));

        assertEquals(new Slots(Slots.Table.TOUR_DEPARTURES, 42, null, null), departure);
        assertEquals(1, departure.count());
        assertEquals(List.of(departure), departure.each());
    }
}
