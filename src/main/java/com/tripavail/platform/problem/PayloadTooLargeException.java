package com.tripavail.platform.problem;

/** The request body exceeded the configured limit ({@code MAX_BODY_BYTES}). */
public class PayloadTooLargeException extends RuntimeException {
    public PayloadTooLargeException(long limit) {
        super("The request body exceeds " + limit + " bytes");
    }
}
