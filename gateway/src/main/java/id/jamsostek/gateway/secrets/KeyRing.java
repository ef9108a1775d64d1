package id.jamsostek.gateway.secrets;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Named symmetric keys read from the environment as {@code id:base64[,id:base64...]}; the first one is current
 * (used for new work), the others still open what they made, so keys rotate without downtime.
 */
public final class KeyRing {

    private final String currentId;
    private final Map<String, byte[]> keys;

    private KeyRing(String currentId, Map<String, byte[]> keys) {
        this.currentId = currentId;
        this.keys = keys;
    }

    /** @param variable the name of the setting, for error messages; the value itself is never echoed */
    public static KeyRing parse(String variable, String value, int minimumBytes) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(variable + " is not set: give it as id:base64key[,id:base64key]");
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String entry : value.split(",")) {
            String[] parts = entry.trim().split(":", 2);
            if (parts.length != 2 || !parts[0].matches("[A-Za-z0-9._-]{1,32}")) {
                throw new IllegalStateException(variable + " entries look like id:base64key");
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(parts[1].trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(variable + " key '" + parts[0] + "' is not base64");
            }
            if (key.length < minimumBytes) {
                throw new IllegalStateException(variable + " key '" + parts[0] + "' is shorter than "
                        + minimumBytes + " bytes");
            }
            if (keys.put(parts[0], key) != null) {
                throw new IllegalStateException(variable + " names key '" + parts[0] + "' twice");
            }
        }
        return new KeyRing(keys.keySet().iterator().next(), keys);
    }

    public String currentId() {
        return currentId;
    }

    public byte[] current() {
        return keys.get(currentId);
    }

    /** Every key's id, the current one first: names only, never key material. */
    public List<String> ids() {
        return List.copyOf(keys.keySet());
    }

    public Optional<byte[]> byId(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    /** Every key has exactly {@code bytes} bytes (AES-256 wants 32, no more). */
    public KeyRing requireLength(String variable, int bytes) {
        keys.forEach((id, key) -> {
            if (key.length != bytes) {
                throw new IllegalStateException(variable + " key '" + id + "' must have exactly " + bytes + " bytes");
            }
        });
        return this;
    }

    public boolean containsKey(byte[] candidate) {
        return keys.values().stream().anyMatch(key -> java.security.MessageDigest.isEqual(key, candidate));
    }

    @Override
    public String toString() {
        return "KeyRing[ids=" + keys.keySet() + ", current=" + currentId + "]";
    }
}
