package com.promote.app.onboarding;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** A community's own onboarding template; a community without one gets the shipped default. */
public interface TemplateDao {
    @SqlQuery("SELECT subject, text_body AS text, html_body AS html FROM onboarding_templates"
            + " WHERE community_id = :c")
    @RegisterConstructorMapper(OnboardingTemplate.class)
    Optional<OnboardingTemplate> find(@Bind("c") long communityId);

    @SqlUpdate("DELETE FROM onboarding_templates WHERE community_id = :c")
    int delete(@Bind("c") long communityId);

    @SqlUpdate("INSERT INTO onboarding_templates (community_id, subject, text_body, html_body, updated_at)"
            + " VALUES (:c, :t.subject, :t.text, :t.html, CURRENT_TIMESTAMP(3))")
    void insert(@Bind("c") long communityId, @BindMethods("t") OnboardingTemplate template);
}
