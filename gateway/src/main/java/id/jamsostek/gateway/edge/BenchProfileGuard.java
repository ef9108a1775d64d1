package id.jamsostek.gateway.edge;

import java.net.InetAddress;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementServerProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The bench profile opens the gateway actuator, which can add routes, on the management port (bench/run.sh adds its
 * pass-through route there). The gateway refuses to start with it unless that port listens on loopback only.
 */
@Component
@Profile("bench")
class BenchProfileGuard {

    BenchProfileGuard(ManagementServerProperties management) {
        InetAddress address = management.getAddress();
        if (address == null || !address.isLoopbackAddress()) {
            throw new IllegalStateException("the bench profile opens the gateway actuator on the management port: "
                    + "management.server.address (GATEWAY_MANAGEMENT_ADDRESS) must be a loopback address, not "
                    + (address == null ? "every interface" : address.getHostAddress()));
        }
    }
}
