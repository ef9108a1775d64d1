package id.jamsostek.gateway.edge;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementServerProperties;

class BenchProfileGuardTest {

    private static ManagementServerProperties listeningOn(String address) throws Exception {
        ManagementServerProperties management = new ManagementServerProperties();
        management.setAddress(address == null ? null : InetAddress.getByName(address));
        return management;
    }

    @Test
    void theBenchProfileStartsWithItsActuatorOnLoopbackOnly() throws Exception {
        assertThatCode(() -> new BenchProfileGuard(listeningOn("127.0.0.1"))).doesNotThrowAnyException();
        assertThatCode(() -> new BenchProfileGuard(listeningOn("::1"))).doesNotThrowAnyException();
    }

    @Test
    void theBenchProfileRefusesToStartWithItsActuatorReachableFromOtherMachines() throws Exception {
        assertThatThrownBy(() -> new BenchProfileGuard(listeningOn("0.0.0.0")))
                .hasMessageContaining("must be a loopback address, not 0.0.0.0");
        assertThatThrownBy(() -> new BenchProfileGuard(listeningOn(null)))
                .hasMessageContaining("not every interface");
    }
}
