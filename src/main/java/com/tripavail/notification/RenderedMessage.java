package com.tripavail.notification;

/** A notification as the recipient reads it. */
public record RenderedMessage(String subject, String body) {}
