package com.tripavail.platform.web;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code TRUSTED_PROXIES}: CIDR blocks whose {@code X-Forwarded-For}/{@code X-Forwarded-Proto} we
 * believe. The client address is the right-most forwarded address that is not itself a trusted
 * proxy; anything further left could have been written by the client.
 */
public final class TrustedProxies {
    /** Literal addresses only: never resolve a name from a header (DNS lookups, spoofing). */
    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]+");

    private final List<Cidr> blocks;

    private TrustedProxies(List<Cidr> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    public static TrustedProxies parse(String list) {
        List<Cidr> blocks = new ArrayList<>();
        if (list != null) {
            for (String part : list.split(",")) {
                if (!part.isBlank()) {
                    blocks.add(Cidr.parse(part.trim()));
                }
            }
        }
        return new TrustedProxies(blocks);
    }

    public boolean isTrusted(String address) {
        InetAddress a = literal(address);
        return a != null && blocks.stream().anyMatch(b -> b.contains(a));
    }

    /** The client as far as we can trust the chain of proxies in front of us. */
    public String clientAddress(String peer, String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank() || !isTrusted(peer)) {
            return peer;
        }
        List<String> hops =
                Arrays.stream(forwardedFor.split(",")).map(String::trim).toList();
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (literal(hop) == null) {
                return client;
            }
            client = hop;
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    static InetAddress literal(String address) {
        if (address == null || address.isEmpty() || !LITERAL.matcher(address).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    record Cidr(BigInteger network, int prefix, int bits) {
        static Cidr parse(String text) {
            int slash = text.indexOf('/');
            InetAddress a = literal(slash < 0 ? text : text.substring(0, slash));
            if (a == null) {
                throw new IllegalStateException("TRUSTED_PROXIES entry is not an address or CIDR block: " + text);
            }
            int bits = a.getAddress().length * 8;
            int prefix;
            try {
                prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalStateException("TRUSTED_PROXIES entry has a bad prefix length: " + text);
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalStateException("TRUSTED_PROXIES entry has a bad prefix length: " + text);
            }
            return new Cidr(masked(a, prefix, bits), prefix, bits);
        }

        boolean contains(InetAddress a) {
            return a.getAddress().length * 8 == bits && masked(a, prefix, bits).equals(network);
        }

        private static BigInteger masked(InetAddress a, int prefix, int bits) {
            BigInteger value = new BigInteger(1, a.getAddress());
            return value.shiftRight(bits - prefix);
        }
    }
}
