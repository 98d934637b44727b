package dev.storyline;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoopbackOnlyResolverTest {

    @Test
    void theTestJvmResolvesLocalhostToLoopbackAndNoOtherName() throws UnknownHostException {
        assertThat(InetAddress.getByName("localhost").isLoopbackAddress()).isTrue();
        assertThat(InetAddress.getLocalHost().isLoopbackAddress()).isTrue();
        assertThat(InetAddress.getByName("news-a.localhost").isLoopbackAddress()).isTrue();
        assertThatThrownBy(() -> InetAddress.getByName("localhost.example.org")).isInstanceOf(UnknownHostException.class);
        assertThatThrownBy(() -> InetAddress.getByName("example.org")).isInstanceOf(UnknownHostException.class)
                .hasMessageContaining("tests resolve no host name");
        // an address literal needs no resolver
        assertThat(InetAddress.getByName("10.1.2.3").getHostAddress()).isEqualTo("10.1.2.3");
    }
}
