package com.tripavail.inventory;

import java.time.LocalDate;

/** One departure of a tour package: seats in total and still available to hold. */
public record DepartureAvailability(String id, LocalDate date, int total, int available) {}
