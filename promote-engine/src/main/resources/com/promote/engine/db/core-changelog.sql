--liquibase formatted sql

-- Every table is utf8mb4_bin on MySQL/MariaDB so text compares exactly, as on H2: team,
-- group and custom field names match case-sensitively. Emails, which compare
-- case-insensitively, are kept a second time as a trimmed, lower-cased email_key.

--changeset promote:1-communities
CREATE TABLE communities (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  time_zone VARCHAR(64) NOT NULL,
  billing_enabled BOOLEAN NOT NULL,
  default_billing_day INT NOT NULL,
  created_at DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

--changeset promote:1-people
CREATE TABLE people (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  community_id BIGINT NOT NULL,
  type VARCHAR(10) NOT NULL,
  first_name VARCHAR(200),
  last_name VARCHAR(200),
  email VARCHAR(320) NOT NULL,
  email_key VARCHAR(320) NOT NULL,
  phone VARCHAR(100),
  company_name VARCHAR(300),
  source VARCHAR(200),
  notes TEXT,
  follow_up_date DATE,
  tour_date DATE,
  promoted_date DATE,
  created_at DATETIME(3) NOT NULL,
  archived_at DATETIME(3),
  promoted_to_member_id BIGINT,
  -- email_key leads so that a batch lookup (email_key IN (...)) is a handful of index probes.
  CONSTRAINT uq_people_email UNIQUE (email_key, community_id),
  CONSTRAINT fk_people_community FOREIGN KEY (community_id) REFERENCES communities (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_people_list ON people (community_id, archived_at, type, id);

--changeset promote:1-teams
-- Databases made before extensions owned their tables have one more column here: the
-- extension that owns its values moves them to its own table and drops the column (in its
-- changelog), so a database migrated without that extension keeps them.
--validCheckSum: ANY
CREATE TABLE teams (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  community_id BIGINT NOT NULL,
  name VARCHAR(300) NOT NULL,
  admin_member_id BIGINT,
  created_by_promotion_id BIGINT,
  created_at DATETIME(3) NOT NULL,
  CONSTRAINT uq_teams_name UNIQUE (name, community_id),
  CONSTRAINT fk_teams_community FOREIGN KEY (community_id) REFERENCES communities (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_teams_community ON teams (community_id, id);

--changeset promote:1-groups
CREATE TABLE room_groups (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  community_id BIGINT NOT NULL,
  name VARCHAR(200) NOT NULL,
  created_at DATETIME(3) NOT NULL,
  CONSTRAINT uq_room_groups_name UNIQUE (community_id, name),
  CONSTRAINT fk_room_groups_community FOREIGN KEY (community_id) REFERENCES communities (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

--changeset promote:1-members
-- member_groups and member_custom_fields were created here until the built-in extensions
-- owned them; their changelogs now create them (and find them made on older databases).
--validCheckSum: ANY
CREATE TABLE members (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  community_id BIGINT NOT NULL,
  team_id BIGINT NOT NULL,
  first_name VARCHAR(200),
  last_name VARCHAR(200),
  email VARCHAR(320) NOT NULL,
  email_key VARCHAR(320) NOT NULL,
  phone VARCHAR(100),
  source VARCHAR(200),
  notes TEXT,
  promoted_from_person_id BIGINT,
  promotion_id BIGINT,
  created_at DATETIME(3) NOT NULL,
  updated_at DATETIME(3) NOT NULL,
  CONSTRAINT uq_members_email UNIQUE (email_key, community_id),
  CONSTRAINT fk_members_community FOREIGN KEY (community_id) REFERENCES communities (id),
  CONSTRAINT fk_members_team FOREIGN KEY (team_id) REFERENCES teams (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_members_team ON members (team_id);
CREATE INDEX ix_members_community ON members (community_id, id);
CREATE INDEX ix_members_promotion ON members (promotion_id);
CREATE INDEX ix_members_person ON members (promoted_from_person_id);

--changeset promote:1-promotions
CREATE TABLE promotions (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  community_id BIGINT NOT NULL,
  admin_id BIGINT NOT NULL,
  file_name VARCHAR(255) NOT NULL,
  file_size BIGINT NOT NULL,
  status VARCHAR(16) NOT NULL,
  dry_run BOOLEAN NOT NULL,
  send_onboarding_emails BOOLEAN NOT NULL,
  upload_date DATE NOT NULL,
  total_rows INT NOT NULL,
  processed_rows INT NOT NULL,
  promoted INT NOT NULL,
  would_promote INT NOT NULL,
  failed INT NOT NULL,
  skipped INT NOT NULL,
  columns_json TEXT,
  message TEXT,
  claimed_by VARCHAR(100),
  heartbeat_at DATETIME(3),
  created_at DATETIME(3) NOT NULL,
  started_at DATETIME(3),
  finished_at DATETIME(3),
  CONSTRAINT fk_promotions_community FOREIGN KEY (community_id) REFERENCES communities (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_promotions_status ON promotions (status, id);
CREATE INDEX ix_promotions_community ON promotions (community_id, id);

-- The uploaded file, in slices well under MySQL's default max_allowed_packet.
CREATE TABLE promotion_file_chunks (
  promotion_id BIGINT NOT NULL,
  seq INT NOT NULL,
  data LONGBLOB NOT NULL,
  PRIMARY KEY (promotion_id, seq),
  CONSTRAINT fk_pfc_promotion FOREIGN KEY (promotion_id) REFERENCES promotions (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE promotion_rows (
  promotion_id BIGINT NOT NULL,
  row_no INT NOT NULL,
  email VARCHAR(320),
  result VARCHAR(16) NOT NULL,
  messages TEXT,
  member_id BIGINT,
  team_id BIGINT,
  team_name VARCHAR(300),
  team_created BOOLEAN NOT NULL,
  team_admin BOOLEAN NOT NULL,
  report TEXT,
  PRIMARY KEY (promotion_id, row_no),
  CONSTRAINT fk_pr_promotion FOREIGN KEY (promotion_id) REFERENCES promotions (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_promotion_rows_result ON promotion_rows (promotion_id, result, row_no);

--changeset promote:1-onboarding-outbox
-- One row per member ever asked for: the unique key is what makes "never twice" hold.
CREATE TABLE onboarding_emails (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  community_id BIGINT NOT NULL,
  member_id BIGINT NOT NULL,
  promotion_id BIGINT,
  status VARCHAR(16) NOT NULL,
  attempts INT NOT NULL,
  next_attempt_at DATETIME(3) NOT NULL,
  sent_at DATETIME(3),
  last_error TEXT,
  created_at DATETIME(3) NOT NULL,
  CONSTRAINT uq_onboarding_member UNIQUE (member_id),
  CONSTRAINT fk_oe_member FOREIGN KEY (member_id) REFERENCES members (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_onboarding_due ON onboarding_emails (status, next_attempt_at);

--changeset promote:2-promotion-rows-mediumtext
-- A row's report repeats its cells (custom fields, messages); TEXT holds 64 KB on MySQL/MariaDB,
-- and one row over it failed the whole batch's insert, and so the promotion.
ALTER TABLE promotion_rows MODIFY report MEDIUMTEXT;
ALTER TABLE promotion_rows MODIFY messages MEDIUMTEXT;

--changeset promote:3-promotion-undo
-- An undo is recorded on the promotion it undid: when, by whom, and what it did.
ALTER TABLE promotions ADD COLUMN undone_at DATETIME(3);
ALTER TABLE promotions ADD COLUMN undone_by BIGINT;
ALTER TABLE promotions ADD COLUMN undo_report MEDIUMTEXT;

--changeset promote:activity-1
-- The activity log: who changed what, when, from where. Append-only: no route edits or deletes
-- an entry. community_id is NULL for an admin's own entries (sign-ins, failed sign-ins, sign-outs).
-- admin_id has no foreign key: admins are the app's table, migrated after this one.
CREATE TABLE activity (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  community_id BIGINT,
  admin_id BIGINT,
  occurred_at DATETIME(3) NOT NULL,
  address VARCHAR(64),
  action VARCHAR(40) NOT NULL,
  target VARCHAR(300),
  details TEXT,
  CONSTRAINT fk_activity_community FOREIGN KEY (community_id) REFERENCES communities (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_activity_community ON activity (community_id, id);
CREATE INDEX ix_activity_admin ON activity (admin_id, community_id, id);

--changeset promote:progress-1
-- When a batch last committed: the heartbeat says a runner is alive, this says it gets anywhere.
ALTER TABLE promotions ADD COLUMN progressed_at DATETIME(3);

--changeset promote:retention-1
-- When retention deleted the promotion's stored file (and the row reports that repeat its cells).
ALTER TABLE promotions ADD COLUMN file_removed_at DATETIME(3);
CREATE INDEX ix_promotions_retention ON promotions (file_removed_at, finished_at);

--changeset promote:undo-job-1
-- An undo is a job like a promotion: one row per undone promotion, claimed and beaten by a
-- runner like a promotion. last_member_id is the cursor (members go in id order, a batch at a
-- time); it moves in the same transaction as the batch it covers, so a restart goes on after
-- the last committed batch. undo_date is "today" when the undo was asked for, the date
-- extensions get for every batch however long the job takes or when it resumes.
CREATE TABLE promotion_undos (
  promotion_id BIGINT PRIMARY KEY,
  community_id BIGINT NOT NULL,
  admin_id BIGINT NOT NULL,
  status VARCHAR(16) NOT NULL,
  undo_date DATE NOT NULL,
  total_members INT NOT NULL,
  processed_members INT NOT NULL,
  restored INT NOT NULL,
  last_member_id BIGINT NOT NULL,
  message TEXT,
  claimed_by VARCHAR(100),
  heartbeat_at DATETIME(3),
  created_at DATETIME(3) NOT NULL,
  started_at DATETIME(3),
  finished_at DATETIME(3),
  CONSTRAINT fk_pu_promotion FOREIGN KEY (promotion_id) REFERENCES promotions (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_promotion_undos_status ON promotion_undos (status, promotion_id);

-- What the undo left alone and which teams it removed, a batch's worth at a time (a team's
-- name goes with the team, so it is kept here for the report).
CREATE TABLE promotion_undo_left_alone (
  promotion_id BIGINT NOT NULL,
  member_id BIGINT NOT NULL,
  email VARCHAR(320) NOT NULL,
  reason VARCHAR(200) NOT NULL,
  PRIMARY KEY (promotion_id, member_id),
  CONSTRAINT fk_pula_promotion FOREIGN KEY (promotion_id) REFERENCES promotions (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE promotion_undo_teams (
  promotion_id BIGINT NOT NULL,
  team_id BIGINT NOT NULL,
  name VARCHAR(300) NOT NULL,
  PRIMARY KEY (promotion_id, team_id),
  CONSTRAINT fk_put_promotion FOREIGN KEY (promotion_id) REFERENCES promotions (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The undo's final sweep finds the promotion's teams; without this it reads every team.
CREATE INDEX ix_teams_created_by ON teams (created_by_promotion_id);

--changeset promote:fixes-1
-- Fixing rows in the preview. A preview made from another's corrected file names it
-- (corrected_from); a promotion of the file a preview checked names that preview (run_of).
ALTER TABLE promotions ADD COLUMN corrected_from BIGINT;
ALTER TABLE promotions ADD COLUMN run_of BIGINT;
-- A row's suggestions as JSON, read back when the admin accepts them all.
ALTER TABLE promotion_rows ADD COLUMN suggestions MEDIUMTEXT;
-- The cells a promotion's file has changed from the file first uploaded (across a chain of
-- corrections), by column position; the header is kept for the rows' "corrections".
CREATE TABLE promotion_corrections (
  promotion_id BIGINT NOT NULL,
  row_no INT NOT NULL,
  col_no INT NOT NULL,
  column_header VARCHAR(300) NOT NULL,
  from_value MEDIUMTEXT,
  to_value MEDIUMTEXT,
  PRIMARY KEY (promotion_id, row_no, col_no),
  CONSTRAINT fk_pc_promotion FOREIGN KEY (promotion_id) REFERENCES promotions (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- A row the admin matched to a lead or contact by hand: that person is promoted, with the file's email.
CREATE TABLE promotion_matches (
  promotion_id BIGINT NOT NULL,
  row_no INT NOT NULL,
  person_id BIGINT NOT NULL,
  PRIMARY KEY (promotion_id, row_no),
  CONSTRAINT fk_pm_promotion FOREIGN KEY (promotion_id) REFERENCES promotions (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

--changeset promote:bigfile-1
-- The upload check reads a CSV file to its end to tell its encoding. Kept here, the runner starts
-- on the first rows at once instead of reading the whole stored file again first (seconds for a
-- million rows). NULL (a workbook, or uploaded before this): told again when read.
ALTER TABLE promotions ADD COLUMN file_encoding VARCHAR(16);
