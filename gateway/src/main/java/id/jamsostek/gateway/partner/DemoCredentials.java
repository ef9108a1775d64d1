package id.jamsostek.gateway.partner;

import id.jamsostek.snap.PemKeys;
import java.security.interfaces.RSAPublicKey;

/**
 * The public SNAP demo credentials (published with their private key): fine for the demo profile, fatal anywhere
 * else, because anyone can sign with them.
 */
public final class DemoCredentials {

    public static final String CLIENT_KEY = "G1234325-SNAP";
    public static final String PROFILE = "demo";
    /** Key-encryption key and token-signing key of the demo profile: published here, so never secret. */
    public static final String KEK = "demo:ZGVtby1vbmx5LWtleS1lbmNyeXB0aW9uLWtleS0zMmI=";
    public static final String TOKEN_KEYS = "demo:ZGVtby1vbmx5LXRva2VuLXNpZ25pbmcta2V5LTMyYnl0ZXM=";

    private static final RSAPublicKey PUBLIC_KEY = (RSAPublicKey) PemKeys.rsaPublicKey("""
            -----BEGIN PUBLIC KEY-----
            MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAlWbtlh3eM+bW3n5AFj42
            wddC4L7tQqbLiCFbTv8K67yng9iwK5mEn+UMXiRhvB2JVWFafCPPxFamsiVG3Mjn
            eGjC0BYgmpmw4qXnAnyO3nCdCuPtmZ3ljhKvSTPdWZxrcLi1Xa9V/+Pzb8hrjb5i
            wMn6SZFNeMmZYgFKiSeueo6TPln2PoTqXCzs1HtsM8eUVe8GAsjJe/3dYl992nyX
            OpG21GgNu8o5T3WOptPg6GdDTWkTWUu483yRbVVy04Pz4L8DDZTDv+WcsAViDn1r
            A/jB1Auj/UGKx2ovGcBH/a/hor5TbABbODU6cPTHT54K3sSZtvZNV4eFDB1f/4wd
            fwIDAQAB
            -----END PUBLIC KEY-----
            """);

    private DemoCredentials() {}

    public static boolean isDemo(String clientKey, String publicKeyPem) {
        if (CLIENT_KEY.equals(clientKey)) {
            return true;
        }
        try {
            RSAPublicKey key = (RSAPublicKey) PemKeys.rsaPublicKey(publicKeyPem);
            return key.getModulus().equals(PUBLIC_KEY.getModulus());
        } catch (IllegalArgumentException | ClassCastException unreadable) {
            return false;
        }
    }
}
