package org.civicportal.cluster;

import java.net.URI;

/**
 * Where a person's requests go. {@code address} is the portal's address as their browser knows it:
 * the {@code Host} it names, the origin of its {@code Referer}, the site its cookies belong to.
 * {@code target} is where the connection is made: the same, or one node, as a balancer that keeps
 * a member on one node would send them (the node then sees the request exactly as if nginx had
 * passed it on, apart from the forwarding headers).
 *
 * @param address the portal's address, with a trailing slash
 * @param target  where requests are sent, with a trailing slash
 */
record Site(URI address, URI target) {

    /** Requests to this address itself. */
    static Site of(URI address) {
        return new Site(address, address);
    }

    /** The same address, served by the given node. */
    Site pinnedTo(URI node) {
        return new Site(address, node);
    }

    /** A page of the portal as the browser names it. */
    URI page(String path) {
        return address.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** Where to send a request for the URI the browser names (a page of this address, or any other). */
    URI targetOf(URI named) {
        if (!sameAuthority(named, address)) {
            return named;
        }
        return URI.create(target.getScheme() + "://" + target.getRawAuthority() + named.getRawPath()
                + (named.getRawQuery() == null ? "" : "?" + named.getRawQuery()));
    }

    /** The Host header to name for a request of the browser's, when the connection goes elsewhere; else null. */
    String hostHeaderFor(URI named) {
        return sameAuthority(named, address) && !sameAuthority(address, target) ? address.getRawAuthority() : null;
    }

    /** The origin a browser sends with a form of this site. */
    String origin() {
        return address.getScheme() + "://" + address.getRawAuthority();
    }

    private static boolean sameAuthority(URI a, URI b) {
        return a.getRawAuthority() != null && a.getRawAuthority().equalsIgnoreCase(b.getRawAuthority());
    }

    @Override
    public String toString() {
        return sameAuthority(address, target) ? address.toString() : address + " on " + target;
    }
}
