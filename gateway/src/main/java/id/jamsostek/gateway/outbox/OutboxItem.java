package id.jamsostek.gateway.outbox;

import java.util.UUID;

/** One unit of work for the core, leased by one instance; attempts counts this one. */
public record OutboxItem(long id, String kind, UUID aggregateId, int attempts) {}
