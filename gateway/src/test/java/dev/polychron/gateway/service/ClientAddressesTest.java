package dev.polychron.gateway.service;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "192.0.2.7, address:192.0.2.7",
            "2001:db8:1:2::1, address:20010db800010002::/64",
            "2001:db8:1:2:ffff:ffff:ffff:ffff, address:20010db800010002::/64",
            "[2001:db8:1:3::1], address:20010db800010003::/64",
            "::ffff:192.0.2.7, address:192.0.2.7",
            "'', address:unknown",
            "not:an:address:at:all:zz, address:not:an:address:at:all:zz"})
    void shouldGroupIpv6ByNetworkAndKeepIpv4WhenAddressIsGiven(String address, String identity) {
        assertThat(ClientAddresses.identity(address)).isEqualTo(identity);
    }
}
