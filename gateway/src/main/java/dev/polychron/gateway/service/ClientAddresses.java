package dev.polychron.gateway.service;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * The rate-limit identity of a client address: the IPv4 address itself, or the /64 network of an IPv6 address, since
 * one IPv6 subscriber usually holds a whole /64 and could otherwise take a fresh address for every request.
 */
public final class ClientAddresses {

    private static final int IPV6_NETWORK_BYTES = 8;

    private ClientAddresses() {
    }

    public static String identity(String hostAddress) {
        if (hostAddress == null || hostAddress.isEmpty()) {
            return "address:unknown";
        }
        String host = hostAddress.startsWith("[") && hostAddress.endsWith("]")
                ? hostAddress.substring(1, hostAddress.length() - 1)
                : hostAddress;
        if (host.indexOf(':') < 0 || !host.matches("[0-9A-Fa-f:.%\\w-]+")) {
            return "address:" + host;
        }
        try {
            // an IPv6 literal: parsed without any name lookup
            InetAddress address = InetAddress.getByName(host);
            if (address instanceof Inet6Address) {
                byte[] network = new byte[IPV6_NETWORK_BYTES];
                System.arraycopy(address.getAddress(), 0, network, 0, IPV6_NETWORK_BYTES);
                return "address:" + HexFormat.of().formatHex(network) + "::/64";
            }
            return "address:" + address.getHostAddress();
        } catch (UnknownHostException e) {
            return "address:" + host;
        }
    }
}
