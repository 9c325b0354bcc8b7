package fr.socle.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress none = new ClientAddress("");
    private final ClientAddress proxied = new ClientAddress("10.0.0.0/8, ::1");

    @Test
    void withoutTrustedProxiesTheForwardedHeaderIsIgnored() {
        assertEquals("203.0.113.7", none.client("203.0.113.7", "198.51.100.1"));
        assertFalse(none.secure("203.0.113.7", false, "https"));
    }

    @Test
    void anUntrustedPeerCannotChooseItsAddress() {
        assertEquals("203.0.113.7", proxied.client("203.0.113.7", "198.51.100.1"));
    }

    @Test
    void behindATrustedProxyTheClientIsTheRightMostUntrustedHop() {
        assertEquals("198.51.100.1", proxied.client("10.1.2.3", "198.51.100.1"));
        // a client that sends its own X-Forwarded-For: the proxy appends the real peer, which wins
        assertEquals("198.51.100.9", proxied.client("10.1.2.3", "1.2.3.4, 198.51.100.9"));
        // chained trusted proxies are skipped
        assertEquals("198.51.100.9", proxied.client("10.1.2.3", "198.51.100.9, 10.9.9.9"));
        assertEquals("2001:db8::5", proxied.client("::1", "[2001:db8::5]:4711"));
        assertEquals("198.51.100.9", proxied.client("10.1.2.3", "198.51.100.9:51234"));
    }

    @Test
    void malformedHopsStopAtTheLastVouchedAddress() {
        assertEquals("10.1.2.3", proxied.client("10.1.2.3", "evil.example.org"));
        assertEquals("198.51.100.9", proxied.client("10.1.2.3", "garbage, 198.51.100.9"));
        assertEquals("10.1.2.3", proxied.client("10.1.2.3", "   "));
    }

    @Test
    void httpsOnlyWhenTheConnectionOrATrustedProxySaysSo() {
        assertTrue(none.secure("203.0.113.7", true, null));
        assertTrue(proxied.secure("10.1.2.3", false, "https"));
        assertFalse(proxied.secure("10.1.2.3", false, "http"));
        assertFalse(proxied.secure("203.0.113.7", false, "https"));
    }

    @Test
    void ipv6ClientsAreCountedByTheirSlash64() {
        assertEquals(ClientAddress.key("2001:db8:1:2:aaaa::1"), ClientAddress.key("2001:db8:1:2:bbbb:cccc:dddd:eeee"));
        assertTrue(!ClientAddress.key("2001:db8:1:2::1").equals(ClientAddress.key("2001:db8:1:3::1")));
        assertEquals("203.0.113.7", ClientAddress.key("203.0.113.7"));
    }

    @Test
    void aBadProxyListIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress("proxy.example.org"));
    }
}
