package vn.antt.infrastructure.audit;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An IP address as a person reads it: IPv4 as is (also when it came IPv4-mapped, ::ffff:10.0.0.5), IPv6 in its
 * short form (RFC 5952: ::1 rather than 0:0:0:0:0:0:0:1). No name is ever looked up.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String readable(String address) {
        if (address == null || address.isBlank() || !address.matches("[0-9A-Fa-f:.%\\[\\]a-zA-Z]+")) {
            return address;
        }
        String literal = address.startsWith("[") && address.endsWith("]")
                ? address.substring(1, address.length() - 1) : address;
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        if (!literal.contains(":") && !literal.matches("[0-9.]+")) {
            return address; // not an IP literal: never resolved
        }
        try {
            InetAddress parsed = InetAddress.getByName(literal);
            return parsed instanceof Inet6Address ipv6 ? shortForm(ipv6.getAddress())
                    : parsed instanceof Inet4Address ? parsed.getHostAddress() : address;
        }
        catch (UnknownHostException malformed) {
            return address;
        }
    }

    /** RFC 5952: lower case, no leading zeros, the longest run of two or more zero groups as "::". */
    private static String shortForm(byte[] bytes) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < 8 && groups[i] == 0) {
                i++;
            }
            if (i - start > bestLength) {
                bestStart = start;
                bestLength = i - start;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
