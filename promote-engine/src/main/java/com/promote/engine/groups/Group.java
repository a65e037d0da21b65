package com.promote.engine.groups;

/** A room-permission group, created by admins only. */
public record Group(long id, long communityId, String name) {
}
