--liquibase formatted sql

-- The admin page's sign-in sessions, in the database so any app instance can serve a page.
-- Only a SHA-256 of the cookie's token is stored: a copy of this table signs nobody in.

--changeset promote-web:1-sessions
CREATE TABLE web_sessions (
  token_hash CHAR(64) NOT NULL PRIMARY KEY,
  admin_id BIGINT NOT NULL,
  csrf_token CHAR(43) NOT NULL,
  created_at DATETIME(3) NOT NULL,
  expires_at DATETIME(3) NOT NULL,
  CONSTRAINT fk_ws_admin FOREIGN KEY (admin_id) REFERENCES admins (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_web_sessions_expires ON web_sessions (expires_at);
