--liquibase formatted sql

-- The billing plugin's own tables. Core tables (communities, members, teams) are referenced by
-- id only: the plugin may be installed or removed without touching the core schema.
-- Money is BIGINT cents plus a CHAR(3) ISO 4217 code; never a float.
-- utf8mb4_bin: plan names match exactly, as the SPEC asks ("Gold" is not "gold").

--changeset promote-billing:1
CREATE TABLE billing_plans (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT NOT NULL,
    name VARCHAR(255) NOT NULL,
    monthly_price_cents BIGINT NOT NULL,
    currency CHAR(3) NOT NULL,
    created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_billing_plans_community_name UNIQUE (community_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
--rollback DROP TABLE billing_plans;

--changeset promote-billing:2
CREATE TABLE billing_memberships (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    team_id BIGINT NOT NULL,
    plan_id BIGINT NOT NULL,
    bill_day INT NOT NULL,
    start_date DATE NOT NULL,
    first_bill_date DATE NOT NULL,
    promotion_id BIGINT NULL,
    created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_billing_memberships_plan FOREIGN KEY (plan_id) REFERENCES billing_plans (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_billing_memberships_member ON billing_memberships (community_id, member_id);
CREATE INDEX ix_billing_memberships_team ON billing_memberships (community_id, team_id);
--rollback DROP TABLE billing_memberships;

--changeset promote-billing:3
CREATE TABLE billing_invoices (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    kind VARCHAR(16) NOT NULL,
    issue_date DATE NOT NULL,
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    amount_cents BIGINT NOT NULL,
    currency CHAR(3) NOT NULL,
    promotion_id BIGINT NULL,
    created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_billing_invoices_member ON billing_invoices (community_id, member_id);
--rollback DROP TABLE billing_invoices;

--changeset promote-billing:4
-- membership_id has no foreign key on purpose: undoing a promotion removes its memberships but
-- keeps invoices already issued, whose lines still name the plan (plan_id, description).
CREATE TABLE billing_invoice_lines (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    invoice_id BIGINT NOT NULL,
    membership_id BIGINT NULL,
    plan_id BIGINT NOT NULL,
    description VARCHAR(255) NOT NULL,
    amount_cents BIGINT NOT NULL,
    CONSTRAINT fk_billing_invoice_lines_invoice FOREIGN KEY (invoice_id) REFERENCES billing_invoices (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
--rollback DROP TABLE billing_invoice_lines;

--changeset promote-billing:5-team-bill-days
-- Each team's bill day, billing's own (the core's teams table held it until billing owned it).
CREATE TABLE billing_team_bill_days (
    team_id BIGINT PRIMARY KEY,
    community_id BIGINT NOT NULL,
    bill_day INT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_billing_team_bill_days_community ON billing_team_bill_days (community_id);
--rollback DROP TABLE billing_team_bill_days;

--changeset promote-billing:6-move-bill-days-from-teams
--preconditions onFail:MARK_RAN
--precondition-sql-check expectedResult:1 SELECT COUNT(*) FROM information_schema.columns WHERE LOWER(table_name) = 'teams' AND LOWER(column_name) = 'bill_day' AND table_schema = SCHEMA()
-- A database made before billing owned the bill days: they move here, then leave the core table.
INSERT INTO billing_team_bill_days (team_id, community_id, bill_day)
    SELECT id, community_id, bill_day FROM teams WHERE bill_day IS NOT NULL;
ALTER TABLE teams DROP COLUMN bill_day;

--changeset promote-billing:7-member-id-indexes
-- An undo finds a batch's memberships and invoices by member id (a list of up to 500). H2 looks up
-- an IN list only on an index's first column, so with (community_id, member_id) alone it read every
-- membership of the community for each batch: an undo of 100,000 rows took 5x its promotion on H2.
CREATE INDEX ix_billing_memberships_member_id ON billing_memberships (member_id);
CREATE INDEX ix_billing_invoices_member_id ON billing_invoices (member_id);
--rollback DROP INDEX ix_billing_memberships_member_id ON billing_memberships;
--rollback DROP INDEX ix_billing_invoices_member_id ON billing_invoices;
