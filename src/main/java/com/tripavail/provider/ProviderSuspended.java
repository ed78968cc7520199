package com.tripavail.provider;

/** Fired inside the suspending transaction: whoever shows the provider's offers must hide them now. */
public record ProviderSuspended(long providerId) {}
