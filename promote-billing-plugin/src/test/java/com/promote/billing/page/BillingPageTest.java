package com.promote.billing.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.promote.api.ColumnHelp;
import com.promote.api.CommunityAccess;
import com.promote.api.ExtensionPage;
import com.promote.api.MemberTable;
import com.promote.api.ResultField;
import com.promote.api.TableColumn;
import com.promote.billing.BillingExtension;
import com.promote.billing.BillingModule;
import com.promote.billing.invoices.InvoiceResource;
import com.promote.billing.memberships.MembershipResource;
import jakarta.ws.rs.Path;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** Billing's description of its part of the page agrees with what the plugin owns, reports and serves. */
class BillingPageTest {
    private static final ExtensionPage PAGE = BillingPage.DESCRIPTION;
    private static final Pattern FIELD = Pattern.compile("\\{(\\w+)}");

    @Test
    void theModuleBindsItForTheBillingExtension() {
        Set<ExtensionPage> pages = Guice.createInjector(new BillingModule(), new AbstractModule() {
            @Override
            protected void configure() {
                bind(Jdbi.class).toInstance(Jdbi.create("jdbc:h2:mem:page_test"));
                bind(CommunityAccess.class).toInstance((admin, id) -> Optional.empty());
                bind(com.promote.api.ActivityLog.class).toInstance((h, admin, c, action, target, details) -> { });
            }
        }).getInstance(Key.get(new TypeLiteral<Set<ExtensionPage>>() { }));
        assertThat(pages).containsExactly(PAGE);
        assertThat(PAGE.extension()).isEqualTo(new BillingExtension().name());
    }

    @Test
    void helpsWithEveryColumnItOwnsAndGivesEachAnExampleForTheThreeExampleRows() {
        assertThat(PAGE.help()).extracting(ColumnHelp::header)
                .containsExactlyInAnyOrderElementsOf(new BillingExtension().ownedColumns());
        assertThat(PAGE.help()).allSatisfy(c -> assertThat(c.example()).hasSize(3));
    }

    @Test
    void showsTheFieldsItsRowReportHas() {
        List<ResultField> fields = PAGE.resultColumns().stream().flatMap(c -> c.fields().stream()).toList();
        assertThat(fields).extracting(ResultField::key).containsExactly("memberships", "proratedInvoice");
        assertThat(fieldsOf(fields.get(0).template())).containsExactly("plan", "billDay", "firstBillDate");
        assertThat(fieldsOf(fields.get(1).template()))
                .containsExactlyInAnyOrder("amount", "currency", "issueDate", "periodStart", "periodEnd");
    }

    @Test
    void fillsTheMemberPageFromItsOwnRoutesWithFieldsTheyAnswer() {
        Map<String, MemberTable> tables = PAGE.memberSections().stream().flatMap(s -> s.tables().stream())
                .collect(Collectors.toMap(MemberTable::id, t -> t));
        assertThat(tables).containsOnlyKeys("memberships", "invoices");
        check(tables.get("memberships"), MembershipResource.class, MembershipResource.MembershipView.class);
        check(tables.get("invoices"), InvoiceResource.class, InvoiceResource.InvoiceView.class);
    }

    private static void check(MemberTable table, Class<?> resource, Class<? extends Record> item) {
        assertThat("/api/communities/{communityId}" + table.route().replace("{member}", "{memberId}"))
                .isEqualTo(resource.getAnnotation(Path.class).value());
        List<String> components = Arrays.stream(item.getRecordComponents()).map(RecordComponent::getName).toList();
        for (TableColumn column : table.columns()) {
            assertThat(components).as(column.header()).containsAll(fieldsOf(column.template()));
        }
    }

    private static List<String> fieldsOf(String template) {
        Matcher m = FIELD.matcher(template);
        List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
