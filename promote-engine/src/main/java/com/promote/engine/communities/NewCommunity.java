package com.promote.engine.communities;

import com.promote.engine.errors.ErrorKind;
import com.promote.engine.errors.PromoteException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A community as an admin asks for it; {@link #validated()} collects every problem. */
public record NewCommunity(String name, String timeZone, Boolean billingEnabled,
                           Integer defaultBillingDay) {

    public NewCommunity validated() {
        List<String> problems = new ArrayList<>();
        String cleanName = name == null ? "" : name.trim();
        if (cleanName.isEmpty()) {
            problems.add("name is required");
        } else if (cleanName.length() > 200) {
            problems.add("name is longer than 200 characters");
        }
        String zone = timeZone == null || timeZone.isBlank() ? "UTC" : timeZone.trim();
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            problems.add("timeZone '" + zone + "' is not an IANA time zone such as Europe/Berlin");
        }
        int day = defaultBillingDay == null ? 1 : defaultBillingDay;
        if (day < 1 || day > 31) {
            problems.add("defaultBillingDay must be a whole number from 1 to 31");
        }
        if (!problems.isEmpty()) {
            throw new PromoteException(ErrorKind.INVALID, String.join("; ", problems), problems);
        }
        return new NewCommunity(cleanName, zone, Boolean.TRUE.equals(billingEnabled), day);
    }
}
