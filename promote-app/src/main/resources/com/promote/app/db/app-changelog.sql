--liquibase formatted sql

-- Admins and the communities each may see. Runs after the core changelog.

--changeset promote-app:1-admins
CREATE TABLE admins (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  username VARCHAR(100) NOT NULL,
  password_hash VARCHAR(100) NOT NULL,
  created_at DATETIME(3) NOT NULL,
  CONSTRAINT uq_admins_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE community_admins (
  community_id BIGINT NOT NULL,
  admin_id BIGINT NOT NULL,
  PRIMARY KEY (community_id, admin_id),
  CONSTRAINT fk_ca_community FOREIGN KEY (community_id) REFERENCES communities (id),
  CONSTRAINT fk_ca_admin FOREIGN KEY (admin_id) REFERENCES admins (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

--changeset promote-app:2-onboarding-templates
-- A community's own onboarding email (Mustache sources); without a row the shipped default is used.
CREATE TABLE onboarding_templates (
  community_id BIGINT NOT NULL PRIMARY KEY,
  subject VARCHAR(500) NOT NULL,
  text_body TEXT NOT NULL,
  html_body TEXT NOT NULL,
  updated_at DATETIME(3) NOT NULL,
  CONSTRAINT fk_ot_community FOREIGN KEY (community_id) REFERENCES communities (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
