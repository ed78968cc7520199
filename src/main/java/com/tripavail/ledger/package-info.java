/**
 * The double-entry ledger: one balanced journal per booking or payout money movement (the database
 * refuses an unbalanced one), provider balances (pending until a booking settles, then available),
 * and payouts: scheduled per provider and currency by the payouts job, sent through a
 * {@link com.tripavail.ledger.PayoutGateway}, each booking paid at most once.
 */
package com.tripavail.ledger;
