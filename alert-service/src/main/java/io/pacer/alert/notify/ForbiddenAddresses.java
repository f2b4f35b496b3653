package io.pacer.alert.notify;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The addresses a webhook may not reach unless {@code pacer.alert.webhooks.allow-private} is set: those through which
 * a subscriber could make the service call its own machine or network. Loopback, link-local (cloud metadata lives
 * at 169.254.169.254), private (RFC 1918, IPv6 unique-local fc00::/7, deprecated site-local fec0::/10),
 * unspecified, multicast, "this network" 0.0.0.0/8, shared 100.64.0.0/10 (some clouds keep their metadata service
 * there) and reserved 240.0.0.0/4 with the broadcast address. An IPv6 address that carries an IPv4 one (mapped
 * ::ffff:a.b.c.d, compatible ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16) is judged by the IPv4 address inside,
 * since that is where a translating network delivers it.
 */
final class ForbiddenAddresses {

    private ForbiddenAddresses() {
    }

    /** Why a webhook may not reach this address, or null when it may. */
    static String reason(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            if (first == 0) {
                return "\"this network\" (0.0.0.0/8)";
            }
            if (first == 100 && (b[1] & 0xc0) == 64) {
                return "shared (100.64.0.0/10)";
            }
            return first >= 240 ? "reserved or broadcast" : null;
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return "unique-local (fc00::/7)";
        }
        Inet4Address inside = embeddedIpv4((Inet6Address) address);
        String reason = inside == null ? null : reason(inside);
        return reason == null ? null : reason + " IPv4 inside IPv6";
    }

    private static Inet4Address embeddedIpv4(Inet6Address address) {
        byte[] b = address.getAddress();
        boolean zeroTo10 = allZero(b, 0, 10);
        if (zeroTo10 && ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff || b[10] == 0 && b[11] == 0)) {
            return ipv4(b, 12); // mapped ::ffff:a.b.c.d, compatible ::a.b.c.d
        }
        if (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12)) {
            return ipv4(b, 12); // NAT64 well-known prefix
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return ipv4(b, 2); // 6to4
        }
        return null;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static Inet4Address ipv4(byte[] b, int from) {
        try {
            return (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(b, from, from + 4));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
