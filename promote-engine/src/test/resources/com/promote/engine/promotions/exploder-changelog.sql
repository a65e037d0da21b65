--liquibase formatted sql

--changeset exploder:1-notes
CREATE TABLE exploder_notes (
  member_id BIGINT NOT NULL,
  note VARCHAR(200) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
