/**
 * Provider onboarding, property profiles and the verification workflow an administrator drives
 * (approve, reject, suspend), each decision audited with its reason.
 */
package com.tripavail.provider;
