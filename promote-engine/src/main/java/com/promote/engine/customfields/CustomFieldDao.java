package com.promote.engine.customfields;

import java.util.Collection;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

public interface CustomFieldDao {
    @SqlUpdate("DELETE FROM member_custom_fields WHERE member_id = :memberId AND name = :name")
    void delete(@Bind("memberId") long memberId, @Bind("name") String name);

    @SqlBatch("INSERT INTO member_custom_fields (member_id, name, field_value) VALUES (:memberId, :name, :value)")
    void insert(@Bind("memberId") long memberId, @Bind("name") Collection<String> names,
                @Bind("value") Collection<String> values);
}
