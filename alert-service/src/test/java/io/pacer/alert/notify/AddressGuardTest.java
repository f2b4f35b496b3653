package io.pacer.alert.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The guard with the JVM's own name service, except where a test names addresses a name should resolve to. */
class AddressGuardTest {

    private final AddressGuard guard = new AddressGuard(false, InetAddress::getAllByName);

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.254", "192.168.1.1",
            "169.254.169.254", "[::1]", "localhost", "0.0.0.0", "0.1.2.3", "[::]", "224.0.0.251", "255.255.255.255",
            "240.0.0.1", "100.100.100.200", "[fd00:ec2::254]", "[fc00::1]", "[fe80::1]", "[fec0::1]", "[ff02::1]",
            "[::ffff:127.0.0.1]", "[::ffff:10.0.0.1]", "[::ffff:169.254.169.254]", "[::127.0.0.1]",
            "[64:ff9b::a9fe:a9fe]", "[2002:a00:1::1]", "2130706433" })
    void refusesAddressesOfTheServicesOwnMachineAndNetwork(String host) {
        assertThat(guard.refusal(URI.create("https://" + host + "/hook")))
                .contains("resolves only to addresses a webhook may not reach");
        assertThatThrownBy(() -> guard.resolve(host)).isInstanceOf(AddressGuard.RefusedAddressException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "8.8.8.8", "203.0.113.10", "172.32.0.1", "100.128.0.1", "192.169.0.1",
            "[2606:4700:4700::1111]", "[::ffff:8.8.8.8]", "[2002:808:808::1]" })
    void letsPublicAddressesThrough(String host) throws Exception {
        assertThat(guard.refusal(URI.create("http://" + host + ":8080/hook"))).isNull();
        assertThat(guard.resolve(host)).hasSize(1);
    }

    @Test
    void theRefusalNamesWhyButNotTheAddresses() {
        AddressGuard named = new AddressGuard(false, host -> new InetAddress[] { address(host, 10, 0, 0, 7),
                address(host, 127, 0, 0, 1) });

        assertThat(named.refusal(URI.create("https://intranet.example/hook")))
                .isEqualTo("intranet.example resolves only to addresses a webhook may not reach (private; loopback)");
    }

    @Test
    void aNameWithPublicAndPrivateAddressesIsConnectedOnlyToThePublicOnes() throws Exception {
        InetAddress open = address("mixed.example", 8, 8, 4, 4);
        AddressGuard mixed = new AddressGuard(false, host -> new InetAddress[] { address(host, 127, 0, 0, 1), open,
                address(host, 169, 254, 169, 254) });

        assertThat(mixed.refusal(URI.create("https://mixed.example/hook"))).isNull();
        assertThat(mixed.resolve("mixed.example")).containsExactly(open);
    }

    @Test
    void aNameThatDoesNotResolveNowIsLeftToTheDeliveryCheck() {
        AddressGuard unknown = new AddressGuard(false, host -> {
            throw new UnknownHostException(host);
        });

        assertThat(unknown.refusal(URI.create("https://robot.example/hook"))).isNull();
        assertThatThrownBy(() -> unknown.resolve("robot.example")).isInstanceOf(UnknownHostException.class)
                .isNotInstanceOf(AddressGuard.RefusedAddressException.class);
    }

    @Test
    void allowPrivateLetsEveryAddressThrough() throws Exception {
        AddressGuard local = new AddressGuard(true, InetAddress::getAllByName);

        assertThat(local.refusal(URI.create("http://127.0.0.1:9/hook"))).isNull();
        assertThat(local.resolve("10.1.2.3")).hasSize(1);
    }

    @Test
    void aLongNameIsQuotedShort() {
        String host = "a".repeat(60) + ".localhost";
        AddressGuard loopback = new AddressGuard(false, h -> new InetAddress[] { address(h, 127, 0, 0, 1) });

        assertThat(loopback.refusal(URI.create("http://" + host + "/")))
                .startsWith("a".repeat(40) + "… resolves only").doesNotContain("a".repeat(41));
    }

    private static InetAddress address(String host, int a, int b, int c, int d) throws UnknownHostException {
        return InetAddress.getByAddress(host, new byte[] { (byte) a, (byte) b, (byte) c, (byte) d });
    }
}
