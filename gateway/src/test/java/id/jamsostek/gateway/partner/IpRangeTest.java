package id.jamsostek.gateway.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpRangeTest {

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource({
        "203.0.113.0/24, 203.0.113.0, true",
        "203.0.113.0/24, 203.0.113.255, true",
        "203.0.113.0/24, 203.0.112.255, false",
        "203.0.113.0/24, 203.0.114.0, false",
        "203.0.113.7/32, 203.0.113.7, true",
        "203.0.113.7/32, 203.0.113.6, false",
        "203.0.113.7/32, 203.0.113.8, false",
        "0.0.0.0/0, 8.8.8.8, true",
        "0.0.0.0/0, 255.255.255.255, true",
        "172.16.0.0/12, 172.31.255.255, true",
        "172.16.0.0/12, 172.32.0.0, false",
        "172.16.0.0/12, 172.15.255.255, false",
        "10.0.0.0/8, 10.255.0.1, true",
        "10.0.0.0/8, 11.0.0.0, false",
        "192.168.1.128/25, 192.168.1.127, false",
        "192.168.1.128/25, 192.168.1.128, true",
        "203.0.113.9, 203.0.113.9, true",
        "203.0.113.9, 203.0.113.10, false",
        "::1/128, ::1, true",
        "::1/128, ::2, false",
        "2001:db8::/32, 2001:db8:ffff::1, true",
        "2001:db8::/32, 2001:db9::1, false",
        "2001:db8:abcd:12::/64, 2001:db8:abcd:12:ffff:ffff:ffff:ffff, true",
        "2001:db8:abcd:12::/64, 2001:db8:abcd:13::, false",
        "::/0, 2001:db8::1, true",
        "fe80::/10, febf::1, true",
        "fe80::/10, fec0::1, false"
    })
    void containsExactlyTheAddressesOfItsBlock(String cidr, String address, boolean contained)
            throws UnknownHostException {
        assertThat(IpRange.parse(cidr).contains(InetAddress.getByName(address))).isEqualTo(contained);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0/0", "10.0.0.0/8", "203.0.113.0/24", "127.0.0.1/32"})
    void neverPutsAnIpv6AddressInAnIpv4Range(String cidr) throws UnknownHostException {
        IpRange range = IpRange.parse(cidr);

        assertThat(range.contains(InetAddress.getByName("::1"))).isFalse();
        assertThat(range.contains(InetAddress.getByName("2001:db8::a00:1"))).isFalse();
        assertThat(range.contains(InetAddress.getByName("::a00:1"))).as("IPv4-compatible form").isFalse();
    }

    @Test
    void neverPutsAnIpv4AddressInAnIpv6Range() throws UnknownHostException {
        assertThat(IpRange.parse("::/0").contains(InetAddress.getByName("10.0.0.1"))).isFalse();
    }

    @Test
    void takesAnAddressWithoutPrefixAsASingleHost() {
        assertThat(IpRange.parse("203.0.113.9").prefixLength()).isEqualTo(32);
        assertThat(IpRange.parse("2001:db8::1").prefixLength()).isEqualTo(128);
    }

    @Test
    void printsAsCidr() {
        assertThat(IpRange.parse(" 203.0.113.0/24 ")).hasToString("203.0.113.0/24");
        assertThat(IpRange.parse("::1/128").toString()).endsWith("/128").contains(":");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/24", "not-an-ip", "bank.example.com/24", "203.0.113.0/33", "203.0.113.0/-1",
            "203.0.113.0/x", "203.0.113.0/", "::1/129", "2001:db8::/200", "1.2.3.4.5/32", "::1::2/64",
            "203.0.113.0/24/8", "203.0.113.0 /24"})
    void refusesWhatIsNotAnIpRange(String garbage) {
        assertThatThrownBy(() -> IpRange.parse(garbage)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Java reads "10.1" as 10.0.0.1 and "10" as 0.0.0.10 (BSD inet_aton forms), so an allowlist entry "10.1/16",
     * which an operator means as 10.1.0.0/16, silently admits 10.0.0.0/16 instead. A range must be a full
     * dotted quad.
     */
    @ParameterizedTest
    @ValueSource(strings = {"10.1/16", "10/8", "192.168.1/24"})
    void refusesShortenedIpv4FormsThatJavaReadsAsAnotherAddress(String shortened) {
        assertThatThrownBy(() -> IpRange.parse(shortened)).isInstanceOf(IllegalArgumentException.class);
    }
}
