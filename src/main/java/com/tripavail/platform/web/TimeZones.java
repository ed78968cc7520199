package com.tripavail.platform.web;

import com.tripavail.platform.problem.DomainException;
import java.time.ZoneId;

/** Time zones as clients send them: IANA region ids only (offsets would ignore daylight saving). */
public final class TimeZones {
    private TimeZones() {}

    /** The zone named {@code id}, or a 400 naming {@code field}. */
    public static ZoneId parse(String field, String id) {
        if (id == null || !ZoneId.getAvailableZoneIds().contains(id.trim())) {
            throw DomainException.invalidField(field, "must be an IANA time zone such as Europe/Lisbon");
        }
        return ZoneId.of(id.trim());
    }
}
