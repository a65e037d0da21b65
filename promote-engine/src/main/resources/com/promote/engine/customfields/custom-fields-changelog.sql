--liquibase formatted sql

-- The custom fields extension's own table: a member's fields by name, kept as text.
-- Databases made before the extension owned it have it from the core changelog already.

--changeset promote-custom-fields:1-member-custom-fields
--preconditions onFail:MARK_RAN
--precondition-sql-check expectedResult:0 SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = 'member_custom_fields' AND table_schema = SCHEMA()
CREATE TABLE member_custom_fields (
  member_id BIGINT NOT NULL,
  name VARCHAR(200) NOT NULL,
  field_value TEXT NOT NULL,
  PRIMARY KEY (member_id, name),
  CONSTRAINT fk_mcf_member FOREIGN KEY (member_id) REFERENCES members (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
