--liquibase formatted sql

--changeset promote-test-locker:1
CREATE TABLE test_lockers (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    locker VARCHAR(16) NOT NULL
);
--rollback DROP TABLE test_lockers;
