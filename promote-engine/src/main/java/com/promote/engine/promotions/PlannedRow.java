package com.promote.engine.promotions;

import com.promote.api.RowExtension;
import com.promote.engine.crm.Person;
import java.util.List;
import java.util.Map;

/** A row the core and every extension agreed to promote, waiting to be applied. */
record PlannedRow(RowResult result, Person person, Map<String, String> memberValues, String teamName,
                  List<ExtensionPlan> plans) {

    record ExtensionPlan(RowExtension<Object> extension, Object plan) {
    }
}
