/**
 * The double-entry ledger: one balanced journal per booking money movement (the database refuses
 * an unbalanced one), provider payable balances and payouts.
 */
package com.tripavail.ledger;
