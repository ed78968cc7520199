package com.tripavail.provider;

/** Kinds of verification document a provider keeps on file; which are required is configured. */
public enum DocumentType {
    BUSINESS_LICENCE,
    INSURANCE,
    TOURISM_REGISTRATION
}
