package com.tripavail.inventory;

import java.time.LocalDate;

/** One night of a hotel package: rooms in total and still available to hold. */
public record NightAvailability(LocalDate night, int total, int available) {}
