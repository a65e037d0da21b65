package com.promote.app.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jdbi.v3.core.Jdbi;

/** What a promotion changes in one community, read straight from the database to check the answers. */
record CrmState(String peopleChecksum, long liveLeads, long members, long teams, long memberships,
                long proratedInvoices, long groupGrants, long customFields) {

    static CrmState of(Jdbi jdbi, long communityId) {
        return jdbi.withHandle(h -> {
            MessageDigest digest = sha256();
            // Every column of every person: an undo must leave the CRM exactly as it was. Read a page
            // at a time: the MySQL driver holds a whole result in memory, and a million people would
            // not fit the heap the million-row measure runs in.
            long after = 0;
            while (after >= 0) {
                long[] last = {-1};
                h.createQuery("SELECT * FROM people WHERE community_id = :c AND id > :after ORDER BY id LIMIT 10000")
                        .bind("c", communityId).bind("after", after)
                        .map((rs, ctx) -> {
                            int n = rs.getMetaData().getColumnCount();
                            for (int i = 1; i <= n; i++) {
                                digest.update(String.valueOf(rs.getString(i)).getBytes(StandardCharsets.UTF_8));
                                digest.update((byte) 0);
                            }
                            last[0] = rs.getLong("id");
                            return 0;
                        }).forEach(x -> { });
                after = last[0];
            }
            String checksum = HexFormat.of().formatHex(digest.digest());
            return new CrmState(checksum,
                    count(jdbi, h, "SELECT COUNT(*) FROM people WHERE community_id = :c AND archived_at IS NULL", communityId),
                    count(jdbi, h, "SELECT COUNT(*) FROM members WHERE community_id = :c", communityId),
                    count(jdbi, h, "SELECT COUNT(*) FROM teams WHERE community_id = :c", communityId),
                    count(jdbi, h, "SELECT COUNT(*) FROM billing_memberships WHERE community_id = :c", communityId),
                    count(jdbi, h, "SELECT COUNT(*) FROM billing_invoices WHERE community_id = :c AND kind = 'prorated'"
                            + " AND amount_cents > 0", communityId),
                    count(jdbi, h, "SELECT COUNT(*) FROM member_groups g JOIN members m ON m.id = g.member_id"
                            + " WHERE m.community_id = :c", communityId),
                    count(jdbi, h, "SELECT COUNT(*) FROM member_custom_fields f JOIN members m ON m.id = f.member_id"
                            + " WHERE m.community_id = :c", communityId));
        });
    }

    private static long count(Jdbi jdbi, org.jdbi.v3.core.Handle h, String sql, long communityId) {
        return h.createQuery(sql).bind("c", communityId).mapTo(Long.class).one();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
