package id.jamsostek.gateway.partner.credentials;

/** A partner's HMAC client secret, decrypted, in memory only; it never prints. */
public final class ClientSecret {

    private final byte[] bytes;

    public ClientSecret(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    /** The key bytes for HMAC; callers must not modify or keep them. */
    public byte[] bytes() {
        return bytes;
    }

    @Override
    public String toString() {
        return "ClientSecret[****]";
    }
}
