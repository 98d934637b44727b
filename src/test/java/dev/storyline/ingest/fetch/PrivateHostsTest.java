package dev.storyline.ingest.fetch;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrivateHostsTest {

    @Test
    void namesMatchExactlyOrUnderADomainAndRangesMatchTheirAddresses() throws UnknownHostException {
        PrivateHosts allowed = PrivateHosts.parse(List.of("Intranet.Example", ".corp.example", "10.1.0.0/16", "192.168.5.7", "fd00::/8"));

        assertThat(allowed.allowsName("intranet.example")).isTrue();
        assertThat(allowed.allowsName("news.corp.example")).isTrue();
        assertThat(allowed.allowsName("evilcorp.example")).isFalse();
        assertThat(allowed.allowsName("other.example")).isFalse();
        assertThat(allowed.allowsAddress(InetAddress.getByName("10.1.200.3"))).isTrue();
        assertThat(allowed.allowsAddress(InetAddress.getByName("10.2.0.1"))).isFalse();
        assertThat(allowed.allowsAddress(InetAddress.getByName("192.168.5.7"))).isTrue();
        assertThat(allowed.allowsAddress(InetAddress.getByName("192.168.5.8"))).isFalse();
        assertThat(allowed.allowsAddress(InetAddress.getByName("fd12::1"))).isTrue();
    }

    @Test
    void anEntryThatIsNeitherANameNorARangeIsAClearError() {
        assertThatThrownBy(() -> PrivateHosts.parse(List.of("http://intranet/")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'http://intranet/' is neither");
        assertThatThrownBy(() -> PrivateHosts.parse(List.of("10.0.0.0/40"))).hasMessageContaining("prefix length");
        assertThatThrownBy(() -> PrivateHosts.parse(List.of("300.1.1.1"))).hasMessageContaining("not a valid IP address");
    }
}
