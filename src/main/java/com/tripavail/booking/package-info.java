/**
 * Quotes with persisted price snapshots, holds, confirmation and cancellation: the booking state
 * machine, its event history, hold expiry and completion.
 */
package com.tripavail.booking;
