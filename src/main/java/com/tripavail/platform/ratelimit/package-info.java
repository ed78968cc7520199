/**
 * Rate limiting: sliding-window counters in Redis (one Lua script, Redis' clock), the per-identity
 * limits from configuration, the trusted-proxy client address, and the one filter that applies them.
 */
package com.tripavail.platform.ratelimit;
