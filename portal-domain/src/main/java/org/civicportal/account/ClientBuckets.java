package org.civicportal.account;

import io.github.bucket4j.Bucket;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One allowance per client network: an IPv4 address, or the /64 of an IPv6 address (one
 * customer usually holds a whole /64, so each of its addresses must not get a fresh allowance).
 *
 * <p>Memory stays bounded: past {@link #MAX_KEYS} networks the least recently seen is forgotten.
 * Only someone holding that many networks can profit, and they already have that many allowances;
 * per-account allowances live elsewhere and are never pushed out by this.
 */
final class ClientBuckets {

    static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final int capacity;
    private final Duration window;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_KEYS;
        }
    };

    ClientBuckets(Clock clock, int capacity, Duration window) {
        this.clock = clock;
        this.capacity = capacity;
        this.window = window;
    }

    /** The allowance of the network the address belongs to. */
    Bucket bucket(String clientAddress) {
        String key = networkKey(clientAddress);
        synchronized (buckets) {
            return buckets.computeIfAbsent(key, k -> Buckets.newBucket(clock, capacity, window));
        }
    }

    /**
     * The key of a client address: IPv4 as it is, IPv6 by its first 64 bits (an IPv4 address
     * written as IPv6 counts as IPv4). Text that is not an IP literal is kept as it is; it is
     * never looked up in DNS.
     */
    static String networkKey(String clientAddress) {
        if (clientAddress == null || clientAddress.isBlank()) {
            return "unknown";
        }
        String text = clientAddress.strip();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        int zone = text.indexOf('%');
        if (zone >= 0) {
            text = text.substring(0, zone);
        }
        if (text.indexOf(':') < 0 || text.length() > 45 || !isIpv6Literal(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        try {
            // an IPv6 literal (checked above) is parsed without any name lookup
            InetAddress parsed = InetAddress.getByName(text);
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress(); // IPv4-mapped ::ffff:a.b.c.d
            }
            byte[] bytes = parsed.getAddress();
            StringBuilder key = new StringBuilder("v6:");
            for (int i = 0; i < 8; i += 2) {
                key.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return key.append(":/64").toString();
        } catch (UnknownHostException notAnAddress) {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    private static boolean isIpv6Literal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == ':' || c == '.' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
