package io.cartlog.query.webhook;

import io.cartlog.platform.web.ApiException;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

/**
 * Checks a subscription's URL: http or https, and, unless private targets are allowed, a host
 * that resolves to public addresses only, so a subscription cannot be used to reach the shop's
 * own network (loopback, private, link-local, carrier-grade NAT, unique local).
 */
final class WebhookTargets {

    private static final int MAX_URL = 2048;

    private WebhookTargets() {
    }

    static String check(String url, boolean allowPrivate) {
        if (url == null || url.isBlank()) {
            throw ApiException.invalidData("Invalid request: Field 'url' is required");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw ApiException.invalidData("Invalid request: Field 'url' is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || url.length() > MAX_URL) {
            throw ApiException.invalidData("Invalid request: Field 'url' must be an http or https URL");
        }
        if (!allowPrivate) {
            try {
                for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                    if (isPrivate(address)) {
                        throw ApiException.invalidData("Invalid request: Field 'url' points to a private or loopback "
                                + "address (" + address.getHostAddress() + "); set CARTLOG_WEBHOOKS_ALLOW_PRIVATE_TARGETS"
                                + "=true to allow it");
                    }
                }
            } catch (UnknownHostException e) {
                throw ApiException.invalidData("Invalid request: the host of 'url' cannot be resolved: " + uri.getHost());
            }
        }
        return uri.toString();
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc;
        }
        return (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    }
}
