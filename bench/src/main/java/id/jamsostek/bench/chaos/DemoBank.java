package id.jamsostek.bench.chaos;

/**
 * A bank of the gateway's demo profile (gateway/src/main/resources/demo/partners.yml); both sign tokens with the
 * public SNAP demo key (demo/bank-private-key.pem).
 */
record DemoBank(String clientKey, String secret, String companyCode, String channelId, String pathPrefix) {

    /** Profile REPLAY / ACCEPT: repeats hear the first verdict; an unknown outcome of a checked bill is 00. */
    static final DemoBank DEMO = new DemoBank("G1234325-SNAP", "myclientsecret", "88899", "95221", "");
    /** Profile INCONSISTENT_REQUEST / PENDING: a repeat of a success is 4042518; an unknown outcome is 5042500. */
    static final DemoBank OPENAPI = new DemoBank("DEMO-OPENAPI-SNAP", "myotherclientsecret", "88898", "95221",
            "/openapi");

    /** The company code as SNAP's partnerServiceId: left-padded with spaces to 8. */
    String partnerServiceId() {
        return " ".repeat(8 - companyCode.length()) + companyCode;
    }
}
