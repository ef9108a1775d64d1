package id.jamsostek.gateway.partner.credentials;

import id.jamsostek.gateway.secrets.SecretCipher;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Right after the schema is migrated, before anything is served: OAuth client secrets still sealed from before they
 * were kept as hashes (V35) are hashed, a step of the migration that needs the key-encryption keys.
 */
@Component
public class SealedClientSecrets implements Callback {

    private static final Logger log = LoggerFactory.getLogger(SealedClientSecrets.class);

    private final SecretCipher cipher;
    private final int hashIterations;

    public SealedClientSecrets(SecretCipher cipher, SecretHashSettings settings) {
        this.cipher = cipher;
        this.hashIterations = settings.secretHashIterations();
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            List<String> unopened = hash(context.getConnection());
            if (!unopened.isEmpty()) {
                log.warn("OAuth client secrets of {} do not open with the configured key-encryption keys: those "
                        + "clients cannot authenticate by secret until it is rotated", unopened);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot hash the sealed OAuth client secrets", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "sealedClientSecrets";
    }

    /**
     * OAuth client secrets sealed before they were kept as hashes (V35): each that opens is hashed, its previous one
     * too with the same end of overlap, and the ciphertext cleared; unless another instance did so meanwhile. One
     * that does not open (its key-encryption key is gone) is left: that client cannot authenticate by secret until
     * its secret is rotated, as before.
     *
     * @return the ids of the partners whose secrets did not open
     */
    public List<String> hash(Connection connection) throws SQLException {
        List<String> unopened = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select partner_id, client_secret_ciphertext, kek_id, previous_secret_ciphertext, previous_kek_id
                  from oauth_client
                 where client_secret_ciphertext is not null or previous_secret_ciphertext is not null
                """);
                PreparedStatement update = connection.prepareStatement("""
                        update oauth_client set client_secret_hash = coalesce(?, client_secret_hash),
                               previous_secret_hash = coalesce(?, previous_secret_hash),
                               client_secret_ciphertext = null, kek_id = null,
                               previous_secret_ciphertext = null, previous_kek_id = null
                         where partner_id = ? and client_secret_ciphertext is not distinct from ?
                           and previous_secret_ciphertext is not distinct from ?
                        """);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString("partner_id");
                byte[] current = rows.getBytes("client_secret_ciphertext");
                byte[] previous = rows.getBytes("previous_secret_ciphertext");
                try {
                    update.setString(1, hashOfSealed(id, rows.getString("kek_id"), current));
                    update.setString(2, hashOfSealed(id, rows.getString("previous_kek_id"), previous));
                } catch (IllegalStateException unopenable) {
                    unopened.add(id);
                    continue;
                }
                update.setString(3, id);
                update.setBytes(4, current);
                update.setBytes(5, previous);
                update.executeUpdate();
            }
        }
        return unopened;
    }

    private String hashOfSealed(String partnerId, String kekId, byte[] ciphertext) {
        if (ciphertext == null) {
            return null;
        }
        byte[] secret = cipher.open(partnerId, new SecretCipher.Sealed(kekId, ciphertext));
        try {
            return SecretHash.of(secret, hashIterations).encoded();
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }
}
