/**
 * Idempotency-Key handling (IETF draft semantics) for POST requests: replay of the first answer,
 * refusal of a reused key with another body, and of a key whose first request is still running.
 */
package com.tripavail.platform.idempotency;
