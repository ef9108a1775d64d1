package id.jamsostek.gateway.messagelog;

import java.time.Duration;
import java.time.Period;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled             whether exchanges are recorded at all
 * @param instanceId          this instance's chain name; stable across restarts (a restarted instance continues its
 *                            chain); blank: the host name
 * @param maxBatch            at most this many entries per group commit
 * @param commitWait          how long a response waits for its entry's commit before it goes out anyway (logged)
 * @param anchorInterval      how often the heads of this instance's chains are signed (and once more at shutdown)
 * @param retention           how long whole months are kept (SNAP asks 10 years)
 * @param purgeInterval       how often months past their retention are deleted
 * @param bodiesNotArchived   routes whose bodies carry credentials (tokens, client secrets): digests only
 * @param anchorFile          a file every anchor is appended to as it is made, outside the database; blank: none
 * @param anchorSyslog        {@code host:port} of a syslog collector (UDP) every anchor is sent to; blank: none
 * @param redactedFields      by route: the fields whose values are replaced in archived request and response bodies
 *                            (a name: that field at any depth; a JSON pointer: that place)
 * @param verifyKeys          further public keys (PEM, comma-separated) anchors made before a key change verify
 *                            with; blank: none
 */
@ConfigurationProperties("gateway.message-log")
public record MessageLogSettings(@DefaultValue("true") boolean enabled, @DefaultValue("") String instanceId,
        @DefaultValue("256") int maxBatch, @DefaultValue("2s") Duration commitWait,
        @DefaultValue("1m") Duration anchorInterval, @DefaultValue("P10Y") Period retention,
        @DefaultValue("1h") Duration purgeInterval,
        @DefaultValue({"snap-access-token", "/oauth2/token"}) Set<String> bodiesNotArchived,
        @DefaultValue("") String anchorFile, @DefaultValue("") String anchorSyslog,
        Map<String, Set<String>> redactedFields, @DefaultValue("") String verifyKeys) {

    public MessageLogSettings {
        redactedFields = redactedFields == null ? Map.of() : Map.copyOf(redactedFields);
    }

    /** The configured instance id, else this host's name. */
    public String instance() {
        if (instanceId != null && !instanceId.isBlank()) {
            return instanceId.strip();
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException("gateway.message-log.instance-id is not set and the host has no name", e);
        }
    }
}
