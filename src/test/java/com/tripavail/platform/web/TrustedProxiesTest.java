package com.tripavail.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {
    private final TrustedProxies defaults = TrustedProxies.parse("127.0.0.1/8,::1/128");

    @Test
    void cidrMatchingForIpv4AndIpv6() {
        TrustedProxies p = TrustedProxies.parse("10.0.0.0/8, 192.168.1.0/24, 2001:db8::/32, 203.0.113.7");
        assertThat(p.isTrusted("10.255.1.2")).isTrue();
        assertThat(p.isTrusted("11.0.0.1")).isFalse();
        assertThat(p.isTrusted("192.168.1.200")).isTrue();
        assertThat(p.isTrusted("192.168.2.1")).isFalse();
        assertThat(p.isTrusted("2001:db8:1::5")).isTrue();
        assertThat(p.isTrusted("2001:db9::5")).isFalse();
        assertThat(p.isTrusted("203.0.113.7")).isTrue();
        assertThat(p.isTrusted("203.0.113.8")).isFalse();
        assertThat(p.isTrusted("example.com")).isFalse();
    }

    @Test
    void loopbackIsTrustedByDefault() {
        assertThat(defaults.isTrusted("127.0.0.1")).isTrue();
        assertThat(defaults.isTrusted("127.3.4.5")).isTrue();
        assertThat(defaults.isTrusted("::1")).isTrue();
        assertThat(defaults.isTrusted("0:0:0:0:0:0:0:1")).isTrue();
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
