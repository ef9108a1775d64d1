package id.jamsostek.gateway.tls;

import java.security.KeyStore;
import java.security.KeyStoreException;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.net.ssl.TrustManagerFactory;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.ssl.SslManagerBundle;
import org.springframework.boot.ssl.SslOptions;

/**
 * The SSL bundles as the partners' port uses them: TLS 1.3 only, whatever the bundle's options say (SNAP asks for
 * it), and client certificates accepted at the handshake unless the bundle has a trust store of its own (then only
 * chains to those authorities are), so that partners may pin self-signed certificates. A bundle without a server
 * key stops the start with what to configure. Updates of a bundle (reload-on-update) pass through the same way.
 */
final class PartnerTlsBundles implements SslBundles {

    static final String[] PROTOCOLS = {"TLSv1.3"};

    private final SslBundles bundles;

    PartnerTlsBundles(SslBundles bundles) {
        this.bundles = bundles;
    }

    @Override
    public SslBundle getBundle(String name) throws NoSuchSslBundleException {
        return forPartners(name, bundles.getBundle(name));
    }

    @Override
    public void addBundleUpdateHandler(String name, Consumer<SslBundle> updateHandler)
            throws NoSuchSslBundleException {
        bundles.addBundleUpdateHandler(name, bundle -> updateHandler.accept(forPartners(name, bundle)));
    }

    @Override
    public void addBundleRegisterHandler(BiConsumer<String, SslBundle> registerHandler) {
        bundles.addBundleRegisterHandler((name, bundle) -> registerHandler.accept(name, forPartners(name, bundle)));
    }

    @Override
    public List<String> getBundleNames() {
        return bundles.getBundleNames();
    }

    static SslBundle forPartners(String name, SslBundle bundle) {
        requireServerKey(name, bundle.getStores().getKeyStore());
        TrustManagerFactory trust = bundle.getStores().getTrustStore() != null
                ? bundle.getManagers().getTrustManagerFactory()
                : AnyClientCertificate.FACTORY;
        return SslBundle.of(bundle.getStores(), bundle.getKey(),
                SslOptions.of(bundle.getOptions().getCiphers(), PROTOCOLS), bundle.getProtocol(),
                SslManagerBundle.of(bundle.getManagers().getKeyManagerFactory(), trust));
    }

    private static void requireServerKey(String name, KeyStore keyStore) {
        try {
            if (keyStore != null && Collections.list(keyStore.aliases()).stream().anyMatch(alias -> isKey(keyStore,
                    alias))) {
                return;
            }
        } catch (KeyStoreException e) {
            throw new IllegalStateException("TLS: the key store of SSL bundle '" + name + "' cannot be read", e);
        }
        throw new IllegalStateException("TLS is on but SSL bundle '" + name + "' has no server certificate and key: "
                + "set GATEWAY_TLS_CERT and GATEWAY_TLS_KEY (PEM files), or name a PKCS12 bundle with "
                + "GATEWAY_TLS_BUNDLE; GATEWAY_TLS_ENABLED=false serves plain HTTP (docs/operations/tls.md)");
    }

    private static boolean isKey(KeyStore keyStore, String alias) {
        try {
            return keyStore.isKeyEntry(alias);
        } catch (KeyStoreException e) {
            return false;
        }
    }
}
