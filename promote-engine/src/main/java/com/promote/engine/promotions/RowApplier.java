package com.promote.engine.promotions;

import com.promote.engine.crm.PersonDao;
import com.promote.engine.members.MemberDao;
import com.promote.engine.members.NewMember;
import com.promote.engine.onboarding.OnboardingOutboxDao;
import com.promote.engine.teams.TeamDao;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Writes one planned row inside the batch's transaction: team (if new), member, the team's
 * admin, the person out of the CRM, each extension's part, the onboarding email. The caller
 * wraps it in a savepoint, so an exception here undoes exactly this row.
 */
final class RowApplier {
    private final RunContext run;

    RowApplier(RunContext run) {
        this.run = run;
    }

    void apply(Handle handle, PlannedRow row, List<Runnable> afterCommit) {
        TeamBook.Resolution team = run.teams.resolve(handle, row.teamName());
        try {
            Map<String, String> v = row.memberValues();
            long memberId = handle.attach(MemberDao.class).insert(new NewMember(run.community.id(), team.teamId(),
                    v.get("firstName"), v.get("lastName"), v.get("email"), v.get("phone"), v.get("source"),
                    v.get("notes"), row.person().id(), run.promotion.id()));
            if (team.created()) {
                handle.attach(TeamDao.class).setAdmin(team.teamId(), memberId);
            }
            if (handle.attach(PersonDao.class).archive(row.person().id(), memberId) != 1) {
                throw new RowRejected("this lead or contact was promoted by another upload meanwhile");
            }
            RowApplyContext context = new RowApplyContext(run, handle, memberId, team.teamId(), team.created(),
                    row.result().row, afterCommit);
            for (PlannedRow.ExtensionPlan plan : row.plans()) {
                plan.extension().apply(plan.plan(), context);
            }
            if (run.promotion.sendOnboardingEmails()) {
                handle.attach(OnboardingOutboxDao.class).enqueue(run.community.id(), memberId, run.promotion.id());
            }
            RowResult result = row.result();
            result.result = RowResult.PROMOTED;
            result.memberId = memberId;
            result.teamId = team.teamId();
            result.teamCreated = team.created();
            result.teamAdmin = team.created();
        } catch (RuntimeException e) {
            if (team.created()) {
                run.teams.forgetCreated(row.teamName());
            }
            throw e;
        }
    }

    /** A row that cannot be written for a reason a person can act on. */
    static final class RowRejected extends RuntimeException {
        RowRejected(String message) {
            super(message);
        }
    }
}
