-- The few core tables billing reads or refers to by id; the real ones belong to promote-engine.
CREATE TABLE communities (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(255) NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE teams (id BIGINT AUTO_INCREMENT PRIMARY KEY, community_id BIGINT NOT NULL, name VARCHAR(255) NOT NULL, bill_day INT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE members (id BIGINT AUTO_INCREMENT PRIMARY KEY, community_id BIGINT NOT NULL, team_id BIGINT NOT NULL, email VARCHAR(255) NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
