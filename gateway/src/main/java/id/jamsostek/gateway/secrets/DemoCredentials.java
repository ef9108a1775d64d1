package id.jamsostek.gateway.secrets;

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
    /** The message log's payload archive key of the demo profile. */
    public static final String ARCHIVE_KEYS = "demo:" + java.util.Base64.getEncoder()
            .encodeToString("demo-only-message-archive-key-32".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    /**
     * The published SNAP demo private key (PKCS#8, base64): the demo profile's OAuth2 signing key and its key toward
     * the banks, so never secret.
     */
    public static final String SNAP_PRIVATE_KEY = """
            MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCVZu2WHd4z5tbefkAWPjbB10Lg
            vu1CpsuIIVtO/wrrvKeD2LArmYSf5QxeJGG8HYlVYVp8I8/EVqayJUbcyOd4aMLQFiCambDipecC
            fI7ecJ0K4+2ZneWOEq9JM91ZnGtwuLVdr1X/4/NvyGuNvmLAyfpJkU14yZliAUqJJ656jpM+WfY+
            hOpcLOzUe2wzx5RV7wYCyMl7/d1iX33afJc6kbbUaA27yjlPdY6m0+DoZ0NNaRNZS7jzfJFtVXLT
            g/PgvwMNlMO/5ZywBWIOfWsD+MHUC6P9QYrHai8ZwEf9r+GivlNsAFs4NTpw9MdPngrexJm29k1X
            h4UMHV//jB1/AgMBAAECggEADcXGyitns/4oOauGyeYjUxw+eIxxP88zfRGiIralMZUbFi7wEpzc
            2oaZbMZK0jYg1mOanU4J1a4tQMfp7+l/WRzDNL6Nc+MOKN6lXJfR7dSQzZO0cBBbvIyhZwymb5/Z
            UbNdWM0UjvnbE6d0rsTpwp77+TMxYpynDJ9U2S70ySxefGi7x4rK02/8xmj1fY/Ls+uoYhF4IbGJ
            IkFvrlAdWyFvv6sCGBYxl5sPuitgQxPvYc7dS7HE+6nZ+wWgoIXjC4CfxHBa9u3dfu3XAnPY3xpn
            VsbxCAH9OOIrZPY0C/Pqgj+EElCBChUzDiedV3XipKUweDA+64sNm5NjqlqU8QKBgQDFf5a9vHVf
            9r2CTOgmz5wTrK7aTwKwCNC4zpZUxDR8k7AV2gTelabpPWqUMZyRMUPs2hyBvhEWVNKxx3qs7BAV
            pmcttuS5/dLNVdhNPUC2IgZqf3jWH2aS3lkci8DATQCphrEXZ3jrNaIRtrSCkflE+yY8YP8b7Obk
            tgvHz39JMQKBgQDBqCsMmOsQAveIQk5FGAMxsFU9G7OIBFHoxpwkKUCjoqGxM+YQqDvcVeXNd/Hd
            LnmR05//eoONemuDyYy8XRoud4tpaRKU/FK706WdljztB5rn2+cdUbmcU0fZiRQk+WuXsopZn3GU
            NvA/fQOW9qs7B5Rm5W71FeGkZgsvlAUlrwKBgQCUgFFaLWCcXa01UpqkxCp5aLi5EfvVXWuD6mKD
            LlzA51PZums66o/shO+kqoEtczu91mrk64NxpSof3vxRFdcqUEr4xrLJXx+oocnYmhwUVxU38s1r
            Q4UfHe0nV7YBYmUDE3IJRRZY1aUdaKHmI9iok6e2csCfwMwEYRYOkekFoQKBgCyyOa1gpfA+Hw+N
            7i64ShRv1FyURi2Agb8uB9+4vbiG0rbpeZIioh5KnQ19P4+DKH/lzinTBwXiWWpDXH4lJuPOp5ie
            rbFBQ38ibDkg8dLrTG9zK7ZypFpWRmEI6GNYReLvTEs/J6HDxFOC8Q8ow4COUUwmbCOY90lQXAiR
            K1b1AoGAScK1db9X5Ct+JtnjYyziGYLwyPhHCQIVmEDfuvbMs74woQsrBm3dBB3b2vf9pqcSZB4W
            AbTQ3wCdxCJKg6MN6eXBO1M1lcIpZjCDyiXXi7PozNmkasRDUyDFwxlnyDLdRHL3FD+dh6do32Fw
            GLBQu256RIyMB13qIuqrc91Z0hM=
            """.replaceAll("\\s", "");
    /** The OAuth2 signing key of the demo profile: the published SNAP demo private key, so never secret. */
    public static final String OAUTH_SIGNING_KEYS = "demo:" + SNAP_PRIVATE_KEY;

    /** The public half of the published SNAP demo key pair. */
    public static final String PUBLIC_KEY_PEM = """
            -----BEGIN PUBLIC KEY-----
            MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAlWbtlh3eM+bW3n5AFj42
            wddC4L7tQqbLiCFbTv8K67yng9iwK5mEn+UMXiRhvB2JVWFafCPPxFamsiVG3Mjn
            eGjC0BYgmpmw4qXnAnyO3nCdCuPtmZ3ljhKvSTPdWZxrcLi1Xa9V/+Pzb8hrjb5i
            wMn6SZFNeMmZYgFKiSeueo6TPln2PoTqXCzs1HtsM8eUVe8GAsjJe/3dYl992nyX
            OpG21GgNu8o5T3WOptPg6GdDTWkTWUu483yRbVVy04Pz4L8DDZTDv+WcsAViDn1r
            A/jB1Auj/UGKx2ovGcBH/a/hor5TbABbODU6cPTHT54K3sSZtvZNV4eFDB1f/4wd
            fwIDAQAB
            -----END PUBLIC KEY-----
            """;

    private static final RSAPublicKey PUBLIC_KEY = (RSAPublicKey) PemKeys.rsaPublicKey(PUBLIC_KEY_PEM);

    private DemoCredentials() {}

    /** The modulus of the published demo key pair. */
    public static java.math.BigInteger modulus() {
        return PUBLIC_KEY.getModulus();
    }

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
