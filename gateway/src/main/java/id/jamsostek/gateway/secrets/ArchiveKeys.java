package id.jamsostek.gateway.secrets;

/** The keys the message log's payload archive is encrypted with; a retired key still opens what it sealed. */
public record ArchiveKeys(KeyRing ring) {}
