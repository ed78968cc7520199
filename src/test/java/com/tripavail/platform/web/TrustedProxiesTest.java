package com.tripavail.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrustedProxiesTest {
    private final TrustedProxies defaults = TrustedProxies.parse("127.0.0.1/8,::1/128");

    @Test
    void cidrMatchingForIpv4AndIpv6() {
        TrustedProxies p = TrustedProxies.parse("10.0.0.0/8, 192.168.1.0/24, 2001:db8::/32, 203.0.113.7");
        assertThat(List.of("10.255.1.2", "192.168.1.200", "2001:db8:1::5", "203.0.113.7"))
                .allSatisfy(a -> assertThat(p.isTrusted(a)).as(a).isTrue());
        assertThat(List.of("11.0.0.1", "192.168.2.1", "2001:db9::5", "203.0.113.8", "example.com"))
                .allSatisfy(a -> assertThat(p.isTrusted(a)).as(a).isFalse());
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.3.4.5", "::1", "0:0:0:0:0:0:0:1"})
    void loopbackIsTrustedByDefault(String address) {
        assertThat(defaults.isTrusted(address)).isTrue();
    }

    @Test
    void forwardedForIsBelievedOnlyFromATrustedPeer() {
        assertThat(defaults.clientAddress("127.0.0.1", "198.51.100.4")).isEqualTo("198.51.100.4");
        assertThat(defaults.clientAddress("198.51.100.9", "1.2.3.4")).isEqualTo("198.51.100.9");
        assertThat(defaults.clientAddress("127.0.0.1", null)).isEqualTo("127.0.0.1");
    }

    @Test
    void theRightMostUntrustedHopIsTheClient() {
        TrustedProxies p = TrustedProxies.parse("127.0.0.1/8,10.0.0.0/8");
        // a client-forged left-most entry is ignored
        assertThat(p.clientAddress("127.0.0.1", "6.6.6.6, 198.51.100.4, 10.0.0.2"))
                .isEqualTo("198.51.100.4");
        assertThat(p.clientAddress("127.0.0.1", "10.0.0.3, 10.0.0.2")).isEqualTo("10.0.0.3");
        assertThat(p.clientAddress("127.0.0.1", "evil.example, 10.0.0.2")).isEqualTo("10.0.0.2");
    }

    @Test
    void badEntriesRefuseToStart() {
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> TrustedProxies.parse("proxy.local")).isInstanceOf(IllegalStateException.class);
    }
}
