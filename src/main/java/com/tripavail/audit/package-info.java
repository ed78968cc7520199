/**
 * Audit: an append-only record of security-relevant actions (logins, token-family revocations,
 * admin and role changes) that every capability writes through {@link com.tripavail.audit.AuditService}.
 */
package com.tripavail.audit;
