package id.jamsostek.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.http.server.reactive.SslInfo;

/**
 * A key pair with a self-signed certificate, made at test time by the JDK's keytool (the JDK has no public API for
 * issuing certificates), kept as a PKCS12 key store and as PEM files.
 */
public record TestCertificate(X509Certificate certificate, PrivateKey key, Path keyStore, Path certificatePem,
        Path keyPem) {

    public static final String PASSWORD = "test-store-password";

    /** Valid from an hour ago for two days, for the names given, e.g. ("CN=localhost", "dns:localhost,ip:127.0.0.1"). */
    public static TestCertificate create(Path directory, String name, String subject, String subjectAltNames) {
        return create(directory, name, subject, subjectAltNames, "-1H", 2);
    }

    /** One that expired yesterday. */
    public static TestCertificate expired(Path directory, String name, String subject) {
        return create(directory, name, subject, null, "-3d", 2);
    }

    private static TestCertificate create(Path directory, String name, String subject, String subjectAltNames,
            String startDate, int validityDays) {
        Path store = directory.resolve(name + ".p12");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", subject,
                "-startdate", startDate, "-validity", Integer.toString(validityDays),
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD));
        if (subjectAltNames != null) {
            command.addAll(List.of("-ext", "SAN=" + subjectAltNames));
        }
        try {
            Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, PASSWORD.toCharArray());
            }
            X509Certificate certificate = (X509Certificate) keys.getCertificate(name);
            PrivateKey key = (PrivateKey) keys.getKey(name, PASSWORD.toCharArray());
            Path certificatePem = Files.writeString(directory.resolve(name + ".crt"),
                    pem("CERTIFICATE", certificate.getEncoded()));
            Path keyPem = Files.writeString(directory.resolve(name + ".key"), pem("PRIVATE KEY", key.getEncoded()));
            return new TestCertificate(certificate, key, store, certificatePem, keyPem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A TLS connection on which a client presented this certificate. */
    public SslInfo presented() {
        return new SslInfo() {
            @Override
            public String getSessionId() {
                return "test-session";
            }

            @Override
            public X509Certificate[] getPeerCertificates() {
                return new X509Certificate[] {certificate};
            }
        };
    }

    public String pem() {
        try {
            return pem("CERTIFICATE", certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
