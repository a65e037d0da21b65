package com.promote.billing.schedule;

import java.time.LocalDate;

/** How the members of one team are billed: the bill day and the first recurring bill date. */
public record TeamSchedule(int billDay, LocalDate firstBillDate) {
}
