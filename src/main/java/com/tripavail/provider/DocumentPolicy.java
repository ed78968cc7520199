package com.tripavail.provider;

import com.tripavail.platform.config.Setting;
import com.tripavail.platform.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Which documents providers must keep valid, how early they are warned, and when the daily check runs. */
@ApplicationScoped
public class DocumentPolicy implements Settings {
    private List<String> required;
    private int warningDays;
    private String checkTime;

    @PostConstruct
    void read() {
        required = Setting.list("REQUIRED_PROVIDER_DOCUMENTS", "BUSINESS_LICENCE,INSURANCE");
        warningDays = Setting.value("DOCUMENT_WARNING_DAYS", Integer.class, 30);
        checkTime = Setting.raw("DOCUMENT_CHECK_TIME", "03:00");
    }

    public Set<DocumentType> required() {
        Set<DocumentType> types = EnumSet.noneOf(DocumentType.class);
        required.forEach(s -> types.add(DocumentType.valueOf(s.toUpperCase(Locale.ROOT))));
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
