--liquibase formatted sql

-- The room permissions extension's own table: which groups a member joined.
-- Databases made before the extension owned it have it from the core changelog already.

--changeset promote-room-permissions:1-member-groups
--preconditions onFail:MARK_RAN
--precondition-sql-check expectedResult:0 SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = 'member_groups' AND table_schema = SCHEMA()
CREATE TABLE member_groups (
  member_id BIGINT NOT NULL,
  group_id BIGINT NOT NULL,
  PRIMARY KEY (member_id, group_id),
  CONSTRAINT fk_mg_member FOREIGN KEY (member_id) REFERENCES members (id),
  CONSTRAINT fk_mg_group FOREIGN KEY (group_id) REFERENCES room_groups (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
