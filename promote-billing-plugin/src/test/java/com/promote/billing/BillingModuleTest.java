package com.promote.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.promote.api.CommunityAccess;
import com.promote.api.ExtensionMigration;
import com.promote.api.ExtensionResource;
import com.promote.api.HeaderInfo;
import com.promote.api.Problem;
import com.promote.api.PromoteModule;
import com.promote.api.RowExtension;
import com.promote.billing.invoices.InvoiceResource;
import com.promote.billing.memberships.MembershipResource;
import com.promote.billing.plans.PlanResource;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** Loads the plugin as the app does: ServiceLoader, then a Guice injector with Jdbi and CommunityAccess. */
class BillingModuleTest {

    private static Injector injector() {
        List<PromoteModule> modules = ServiceLoader.load(PromoteModule.class).stream().map(ServiceLoader.Provider::get).toList();
        assertThat(modules).hasExactlyElementsOfTypes(BillingModule.class);
        return Guice.createInjector(modules.get(0), new AbstractModule() {
            @Override
            protected void configure() {
                bind(Jdbi.class).toInstance(Jdbi.create("jdbc:h2:mem:module_test"));
                bind(CommunityAccess.class).toInstance((admin, id) -> Optional.empty());
                bind(com.promote.api.ActivityLog.class).toInstance((h, admin, c, action, target, details) -> { });
            }
        });
    }

    @Test
    void bindsItsRowExtensionChangelogAndResources() {
        Injector injector = injector();
        Set<RowExtension<?>> extensions = injector.getInstance(Key.get(new TypeLiteral<Set<RowExtension<?>>>() { }));
        Set<ExtensionMigration> migrations = injector.getInstance(Key.get(new TypeLiteral<Set<ExtensionMigration>>() { }));
        Set<Object> resources = injector.getInstance(Key.get(new TypeLiteral<Set<Object>>() { }, ExtensionResource.class));

        assertThat(extensions).singleElement().isInstanceOf(BillingExtension.class);
        assertThat(migrations).containsExactly(new ExtensionMigration(BillingModule.CHANGELOG, BillingModule.class));
        assertThat(BillingModule.class.getClassLoader().getResource(BillingModule.CHANGELOG)).isNotNull();
        assertThat(resources).hasExactlyElementsOfTypes(PlanResource.class, MembershipResource.class, InvoiceResource.class);
    }

    @Test
    void ownsTheBillingColumnsInBillingCommunitiesOnly() {
        BillingExtension billing = new BillingExtension();
        assertThat(billing.name()).isEqualTo("billing");
        assertThat(billing.ownedColumns()).containsExactlyInAnyOrder("Plans", "Monthly Bill Date", "Billing Start Date");
        assertThat(billing.isEnabledFor(FakePlanContext.community(1))).isTrue();
        assertThat(billing.isEnabledFor(new com.promote.api.CommunityInfo(8, "Free", ZoneId.of("UTC"), false, 1))).isFalse();
    }

    @Test
    void aFileWithoutPlansIsRejected() {
        BillingExtension billing = new BillingExtension();
        List<Problem> problems = billing.checkHeader(header("email", "Monthly Bill Date"), FakePlanContext.community(1));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.row()).isZero();
            assertThat(p.code()).isEqualTo("missing_plans_column");
            assertThat(p.message()).contains("'Plans' column");
        });
        assertThat(billing.checkHeader(header("email", "Plans"), FakePlanContext.community(1))).isEmpty();
    }

    private static HeaderInfo header(String... headers) {
        return new HeaderInfo() {
            @Override
            public boolean has(String column) {
                return List.of(headers).contains(column);
            }

            @Override
            public List<String> headers() {
                return List.of(headers);
            }
        };
    }
}
