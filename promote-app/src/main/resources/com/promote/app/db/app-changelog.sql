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

