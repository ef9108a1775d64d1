package id.jamsostek.core.simulator.identity;

import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar core-simulator-exec.jar identity-provider [--host 127.0.0.1] [--port 8083] [--issuer URL]
 * [--browser-url URL]}: the demo identity provider on its own, for docker compose and the local Kubernetes overlay
 * (the console's client secret from {@code DEMO_IDP_CLIENT_SECRET}, default {@code demo-console-secret}). Demo only.
 */
public final class DemoIdentityProviderMain {

    static final String USAGE = "identity-provider [--host 127.0.0.1] [--port 8083] [--issuer URL] [--browser-url URL]";

    private DemoIdentityProviderMain() {}

    /** What the command line asks for. */
    record Options(String host, int port, String issuer, String browserUrl) {}

    public static void main(String[] args) throws InterruptedException {
        Options options = parse(args);
        String secret = System.getenv().getOrDefault("DEMO_IDP_CLIENT_SECRET", "demo-console-secret");
        DemoIdentityProvider provider = DemoIdentityProvider.start(options.host(), options.port(), options.issuer(),
                options.browserUrl(), new DemoIdentityProvider.Client("jamsostek-console", secret, "jamsostek-gateway"),
                DemoOperator.DEMO);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            provider.close();
            stopped.countDown();
        }, "identity-provider-shutdown"));
        stopped.await();
    }

    static Options parse(String[] args) {
        String host = "127.0.0.1";
        int port = 8083;
        String issuer = null;
        String browserUrl = null;
        Iterator<String> it = Arrays.asList(args).iterator();
        while (it.hasNext()) {
            String arg = it.next();
            switch (arg) {
                case "--host" -> host = valueOf(arg, it);
                case "--port" -> port = Integer.parseInt(valueOf(arg, it));
                case "--issuer" -> issuer = valueOf(arg, it);
                case "--browser-url" -> browserUrl = valueOf(arg, it);
                default -> throw new IllegalArgumentException("unknown argument " + arg + "; usage: " + USAGE);
            }
        }
        return new Options(host, port, issuer, browserUrl);
    }

    private static String valueOf(String option, Iterator<String> it) {
        if (!it.hasNext()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return it.next();
    }
}
