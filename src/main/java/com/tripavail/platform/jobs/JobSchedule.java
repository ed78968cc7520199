package com.tripavail.platform.jobs;

import jakarta.ejb.ScheduleExpression;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/** When a job runs: every interval, or daily at a time in a zone (or weekly, on a day, at a time). */
public sealed interface JobSchedule {
    static JobSchedule every(Duration interval) {
        return new Every(interval);
    }

    static JobSchedule dailyAt(LocalTime time, ZoneId zone) {
        return new Calendar("*", time, zone);
    }

    /** {@code day}: Sun, Mon, ... Sat (EJB calendar syntax). */
    static JobSchedule weeklyAt(String day, LocalTime time, ZoneId zone) {
        return new Calendar(day, time, zone);
    }

    record Every(Duration interval) implements JobSchedule {
        @Override
        public String toString() {
            return "every " + interval;
        }
    }

    record Calendar(String dayOfWeek, LocalTime time, ZoneId zone) implements JobSchedule {
        public ScheduleExpression expression() {
            return new ScheduleExpression()
                    .dayOfWeek(dayOfWeek)
                    .hour(time.getHour())
                    .minute(time.getMinute())
                    .second(time.getSecond())
                    .timezone(zone.getId());
        }

        @Override
        public String toString() {
            return ("*".equals(dayOfWeek) ? "daily" : "weekly " + dayOfWeek) + " at " + time + " " + zone.getId();
        }
    }
}
