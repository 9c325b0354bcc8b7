package fr.socle.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who is on the other end of a request, as far as it can be trusted. The peer address is the client,
 * unless the peer is one of the configured trusted proxies: then the client is the right-most address of
 * {@code X-Forwarded-For} that is not itself a trusted proxy, and the request was made over HTTPS if the
 * proxy says so in {@code X-Forwarded-Proto}. Headers from any other peer are ignored, so a client cannot
 * choose its own address (to dodge a rate limit) nor claim HTTPS.
 *
 * <p>{@link #key(String)} groups IPv6 clients by their /64 (one subscriber usually holds a whole /64),
 * for rate limits and throttles.
 */
public final class ClientAddress {

    private final List<Cidr> trusted;

    /** @param trustedProxies comma-separated addresses or CIDR blocks (e.g. {@code 10.0.0.0/8, ::1}); blank: none */
    public ClientAddress(String trustedProxies) {
        List<Cidr> list = new ArrayList<>();
        if (trustedProxies != null) {
            for (String part : trustedProxies.split(",")) {
                String s = part.strip();
                if (!s.isEmpty()) {
                    list.add(Cidr.parse(s));
                }
            }
        }
        this.trusted = List.copyOf(list);
    }

    /** The client's address: the peer, or what trusted proxies forwarded. */
    public String client(String peer, String forwardedFor) {
        if (!isTrusted(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = stripPort(hops[i].strip());
            if (literal(hop) == null) {
                return client; // a malformed hop: stop at the last address a trusted proxy vouched for
            }
            client = hop;
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    /** Whether the client used HTTPS: the connection itself, or a trusted proxy's {@code X-Forwarded-Proto}. */
    public boolean secure(String peer, boolean connectionSecure, String forwardedProto) {
        if (connectionSecure) {
            return true;
        }
        return isTrusted(peer) && forwardedProto != null
                && forwardedProto.split(",")[0].strip().toLowerCase(Locale.ROOT).equals("https");
    }

    public boolean isTrusted(String address) {
        InetAddress a = literal(address);
        if (a == null) {
            return false;
        }
        for (Cidr c : trusted) {
            if (c.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** The key under which a client is counted: its IPv4 address, or its IPv6 /64 prefix. */
    public static String key(String address) {
        InetAddress a = literal(address);
        if (a == null) {
            return String.valueOf(address);
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            return a.getHostAddress();
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            s.append(Integer.toHexString(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff))).append(':');
        }
        return s.append(":/64").toString();
    }

    private static String stripPort(String hop) {
        if (hop.startsWith("[")) { // [2001:db8::1]:443
            int end = hop.indexOf(']');
            return end > 0 ? hop.substring(1, end) : hop;
        }
        int colon = hop.indexOf(':');
        if (colon > 0 && colon == hop.lastIndexOf(':')) { // 203.0.113.7:51234
            return hop.substring(0, colon);
        }
        return hop;
    }

    /** An IP literal, never a name look-up; null when the text is not one. */
    static InetAddress literal(String s) {
        if (s == null || s.isEmpty() || s.length() > 45) {
            return null;
        }
        boolean v4 = s.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
        boolean v6 = s.indexOf(':') >= 0 && s.chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0);
        if (!v4 && !v6) {
            return null;
        }
        if (v4 && s.chars().filter(c -> c == '.').count() != 3) {
            return null;
        }
        try {
            return InetAddress.getByName(s);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private record Cidr(byte[] network, int bits) {

        static Cidr parse(String s) {
            int slash = s.indexOf('/');
            InetAddress a = literal(slash < 0 ? s : s.substring(0, slash));
            if (a == null) {
                throw new IllegalArgumentException("not an IP address or CIDR block: " + s);
            }
            int max = a.getAddress().length * 8;
            int bits;
            try {
                bits = slash < 0 ? max : Integer.parseInt(s.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a CIDR block: " + s);
            }
            if (bits < 0 || bits > max) {
                throw new IllegalArgumentException("not a CIDR block: " + s);
            }
            return new Cidr(a.getAddress(), bits);
        }

        boolean contains(InetAddress a) {
            byte[] b = a.getAddress();
            if (b.length != network.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (b[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (b[full] & mask) == (network[full] & mask);
        }
    }
}
