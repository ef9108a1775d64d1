package id.jamsostek.gateway.snap;

/** Header names of SNAP requests and responses. */
public final class SnapHeaders {

    public static final String TIMESTAMP = "X-TIMESTAMP";
    public static final String CLIENT_KEY = "X-CLIENT-KEY";
    public static final String SIGNATURE = "X-SIGNATURE";
    public static final String PARTNER_ID = "X-PARTNER-ID";
    public static final String EXTERNAL_ID = "X-EXTERNAL-ID";
    public static final String CHANNEL_ID = "CHANNEL-ID";

    private SnapHeaders() {}
}
