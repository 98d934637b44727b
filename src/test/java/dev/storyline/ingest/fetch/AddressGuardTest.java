package dev.storyline.ingest.fetch;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
            "169.254.169.254", "0.0.0.0", "100.64.0.1", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1",
            "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a00:1", "2002:a00:1::1"})
    void nonPublicAddressesAreRecognised(String literal) throws Exception {
        assertThat(AddressGuard.nonPublicKind(InetAddress.getByName(literal))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "2a00:1450::1"})
    void publicAddressesPass(String literal) throws Exception {
        assertThat(AddressGuard.nonPublicKind(InetAddress.getByName(literal))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "http://10.0.0.7/x", "http://169.254.169.254/latest/meta-data/",
            "http://[::1]:8080/", "https://0.0.0.0/", "http://localhost:8080/"})
    void defaultGuardRefusesPrivateAddressesAndLocalNames(String url) {
        AddressGuard guard = AddressGuard.forSettings(TestSettings.strict());
        assertThatThrownBy(() -> guard.check(URI.create(url)))
                .isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.BLOCKED_ADDRESS))
                .hasMessageContaining("private networks are not allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "http://10.0.0.7/x", "http://[::1]:8080/"})
    void allowPrivateNetworksLetsThemThrough(String url) throws Exception {
        AddressGuard.forSettings(TestSettings.open()).check(URI.create(url));
    }
}
