package com.promote.engine.crm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The people table: leads and contacts, live in the CRM or archived after promotion. */
@RegisterConstructorMapper(Person.class)
public interface PersonDao {
    String COLUMNS = "id, community_id, type, first_name, last_name, email, phone, company_name,"
            + " source, notes, follow_up_date, tour_date, promoted_date, created_at";

    @SqlUpdate("INSERT INTO people (community_id, type, first_name, last_name, email, email_key, phone,"
            + " company_name, source, notes, follow_up_date, tour_date, created_at)"
            + " VALUES (:communityId, :p.type, :p.firstName, :p.lastName, :p.email, :p.emailKey, :p.phone,"
            + " :p.companyName, :p.source, :p.notes, :p.followUpDate, :p.tourDate, CURRENT_TIMESTAMP(3))")
    @GetGeneratedKeys("id")
    long insert(@Bind("communityId") long communityId, @BindMethods("p") NewPerson person);

    @SqlQuery("SELECT " + COLUMNS + " FROM people WHERE id = :id AND community_id = :communityId")
    Optional<Person> find(@Bind("communityId") long communityId, @Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM people WHERE community_id = :communityId AND email_key = :emailKey")
    Optional<Person> findByEmailKey(@Bind("communityId") long communityId, @Bind("emailKey") String emailKey);

    /** People still in the CRM; {@code type} null means leads and contacts. */
    @SqlQuery("SELECT " + COLUMNS + " FROM people WHERE community_id = :communityId AND archived_at IS NULL"
            + " AND (:type IS NULL OR type = :type) AND id > :afterId ORDER BY id LIMIT :limit")
    List<Person> listLive(@Bind("communityId") long communityId, @Bind("type") String type,
                          @Bind("afterId") long afterId, @Bind("limit") int limit);

    @SqlQuery("SELECT " + COLUMNS + " FROM people WHERE community_id = :communityId AND archived_at IS NULL"
            + " AND (:type IS NULL OR type = :type) ORDER BY id LIMIT :limit OFFSET :offset")
    List<Person> pageLive(@Bind("communityId") long communityId, @Bind("type") String type,
                          @Bind("offset") int offset, @Bind("limit") int limit);

    /**
     * People of any community among these email keys, for a batch lookup. Filtered by
     * community and CRM state in Java on purpose: with only email_key in the WHERE clause the
     * unique index is the one every optimiser picks, whatever its statistics say. Each comes with
     * the id of the member of its community that has its email, if any: one round trip a batch
     * tells a promotion both who can be promoted and who is a member already.
     */
    @SqlQuery("SELECT " + COLUMNS + ", archived_at, (SELECT m.id FROM members m WHERE m.email_key = people.email_key"
            + " AND m.community_id = people.community_id) AS member_id FROM people WHERE email_key IN (<keys>)")
    @RegisterConstructorMapper(KeyedPerson.class)
    List<KeyedPerson> findByEmailKeys(@BindList("keys") Collection<String> keys);

    /** A person with whether it is still in the CRM. */
    record KeyedPerson(long id, long communityId, String type, String firstName, String lastName, String email,
                       String phone, String companyName, String source, String notes, LocalDate followUpDate,
                       LocalDate tourDate, LocalDate promotedDate, Instant createdAt, Instant archivedAt,
                       Long memberId) {
        public Person person() {
            return new Person(id, communityId, type, firstName, lastName, email, phone, companyName, source, notes,
                    followUpDate, tourDate, promotedDate, createdAt);
        }
    }

    default List<Person> findLiveByEmailKeys(long communityId, Collection<String> keys) {
        return findLiveWithMembers(communityId, keys).stream().map(KeyedPerson::person).toList();
    }

    /** The people of the community still in the CRM among these keys, each with its member, if any. */
    default List<KeyedPerson> findLiveWithMembers(long communityId, Collection<String> keys) {
        return findByEmailKeys(keys).stream()
                .filter(p -> p.communityId() == communityId && p.archivedAt() == null).toList();
    }

    /** People still in the CRM among these ids: the rows an admin matched by hand, a batch at a time. */
    @SqlQuery("SELECT " + COLUMNS + " FROM people WHERE community_id = :communityId AND archived_at IS NULL"
            + " AND id IN (<ids>)")
    List<Person> findLiveByIds(@Bind("communityId") long communityId, @BindList("ids") Collection<Long> ids);

    /**
     * People still in the CRM whose first or last name, trimmed and in any case, is one of these
     * (lower-cased): the candidates for a batch's "email changed" suggestions, in one query.
     */
    @SqlQuery("SELECT " + COLUMNS + " FROM people WHERE community_id = :communityId AND archived_at IS NULL"
            + " AND (LOWER(TRIM(last_name)) IN (<names>) OR LOWER(TRIM(first_name)) IN (<names>))")
    List<Person> findLiveByNames(@Bind("communityId") long communityId, @BindList("names") Collection<String> names);

    /** Takes a promoted person out of the CRM, keeping the record for undo. */
    @SqlUpdate("UPDATE people SET archived_at = CURRENT_TIMESTAMP(3), promoted_to_member_id = :memberId"
            + " WHERE id = :id AND archived_at IS NULL")
    int archive(@Bind("id") long id, @Bind("memberId") long memberId);
}
