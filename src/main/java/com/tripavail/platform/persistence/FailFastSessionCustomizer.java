package com.tripavail.platform.persistence;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * EclipseLink retries a read that failed on a communication error three times, five seconds
 * apart (no persistence-unit property changes that): with PostgreSQL down every request waited
 * 10-14 s before failing. One immediate retry still heals a stale pooled connection after a
 * database restart; an outage then answers 503 at once (docs/payments.md, "Database outage").
 */
public class FailFastSessionCustomizer implements SessionCustomizer {
    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(1);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
