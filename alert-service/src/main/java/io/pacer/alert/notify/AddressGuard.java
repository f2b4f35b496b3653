package io.pacer.alert.notify;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.hc.client5.http.DnsResolver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.pacer.alert.AlertProperties;

/**
 * Keeps webhooks (DingTalk and WeCom robots included) off the addresses of {@link ForbiddenAddresses}, unless
 * {@code pacer.alert.webhooks.allow-private} is set.
 * <p>
 * It is the delivery client's {@link DnsResolver} ({@link WebhookClient}): the client connects only to addresses
 * this resolution returned, each of them checked, so a name cannot be re-pointed at a private address between the
 * check and the connection (DNS rebinding). A check before sending with the JDK's {@code HttpClient} would leave
 * that gap, because the JDK client resolves the name again on its own; building requests to the literal IP would
 * break TLS (SNI and the certificate's name). Every attempt opens a new connection, so every attempt resolves anew.
 */
@Component
class AddressGuard implements DnsResolver {

    /** The name service; tests give names of their own. */
    interface Lookup {
        InetAddress[] all(String host) throws UnknownHostException;
    }

    /** A name that resolves only to forbidden addresses; an UnknownHostException, as the resolver may only throw. */
    static final class RefusedAddressException extends UnknownHostException {
        RefusedAddressException(String message) {
            super(message);
        }
    }

    private final boolean allowPrivate;
    private final Lookup lookup;

    @Autowired
    AddressGuard(AlertProperties properties) {
        this(properties.webhooks().allowPrivate(), InetAddress::getAllByName);
    }

    AddressGuard(boolean allowPrivate, Lookup lookup) {
        this.allowPrivate = allowPrivate;
        this.lookup = lookup;
    }

    /**
     * Why a new subscription may not use this http(s) address, or null. A host that resolves to no address now is
     * let through: the guard checks every delivery again, and a name missing today (or a resolver down) is not a
     * reason to refuse one that works tomorrow.
     */
    String refusal(URI address) {
        if (address.getHost() == null) {
            return "names no host"; // and InetAddress would take a null host for loopback
        }
        try {
            resolve(address.getHost());
            return null;
        } catch (RefusedAddressException e) {
            return e.getMessage();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** The host's addresses a webhook may reach, in the name service's order; refused when there is none. */
    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        if (host == null || host.isEmpty()) {
            throw new UnknownHostException("no host"); // InetAddress would answer loopback
        }
        InetAddress[] all = lookup.all(host);
        if (allowPrivate) {
            return all;
        }
        List<InetAddress> permitted = new ArrayList<>();
        Set<String> reasons = new LinkedHashSet<>();
        for (InetAddress address : all) {
            String reason = ForbiddenAddresses.reason(address);
            if (reason == null) {
                permitted.add(address);
            } else {
                reasons.add(reason);
            }
        }
        if (permitted.isEmpty()) {
            // the reasons, not the addresses: a caller learns no more of the internal network than that it is one
            throw new RefusedAddressException(clip(host) + " resolves only to addresses a webhook may not reach ("
                    + String.join("; ", reasons) + ")");
        }
        return permitted.toArray(InetAddress[]::new);
    }

    /** Error messages quote at most 40 characters of what a caller gave. */
    private static String clip(String host) {
        return host.length() <= 40 ? host : host.substring(0, 40) + "…";
    }

    /** Only for Kerberos/SPNEGO, which deliveries never use; the name itself avoids a lookup nobody checked. */
    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }
}
