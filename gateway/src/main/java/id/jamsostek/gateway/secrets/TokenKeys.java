package id.jamsostek.gateway.secrets;

/** The keys access tokens are signed with; shared by every gateway instance, so a token is valid on all of them. */
public record TokenKeys(KeyRing ring) {}
