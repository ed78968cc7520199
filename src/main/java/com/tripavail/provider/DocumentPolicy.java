package com.tripavail.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Which documents providers must keep valid, how early they are warned, and when the daily check runs. */
@ApplicationScoped
public class DocumentPolicy {
    @Inject
    @ConfigProperty(name = "REQUIRED_PROVIDER_DOCUMENTS", defaultValue = "BUSINESS_LICENCE,INSURANCE")
    String required;

    @Inject
    @ConfigProperty(name = "DOCUMENT_WARNING_DAYS", defaultValue = "30")
    int warningDays;

    @Inject
    @ConfigProperty(name = "DOCUMENT_CHECK_TIME", defaultValue = "03:00")
    String checkTime;

    public Set<DocumentType> required() {
        Set<DocumentType> types = EnumSet.noneOf(DocumentType.class);
        Arrays.stream(required.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .forEach(s -> types.add(DocumentType.valueOf(s.toUpperCase(Locale.ROOT))));
        return types;
    }

    public int warningDays() {
        return warningDays;
    }

    /** Time of day (UTC) from which the daily check may run. */
    public LocalTime checkTime() {
        try {
            return LocalTime.parse(checkTime.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("DOCUMENT_CHECK_TIME must be a time of day such as 03:00");
        }
    }
}
