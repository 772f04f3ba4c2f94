package vn.antt.infrastructure.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The address an audit line shows, as a person reads it. */
class ClientAddressTest {

    @Test
    void ipv6IsShownInItsShortFormAndMappedIpv4AsIpv4() {
        assertThat(ClientAddress.readable("0:0:0:0:0:0:0:1")).isEqualTo("::1");
        assertThat(ClientAddress.readable("::ffff:10.0.0.5")).isEqualTo("10.0.0.5");
        assertThat(ClientAddress.readable("2001:0db8:0000:0000:0000:0000:0002:0001")).isEqualTo("2001:db8::2:1");
        assertThat(ClientAddress.readable("127.0.0.1")).isEqualTo("127.0.0.1");
    }

    @Test
    void whatIsNotAnAddressIsLeftAsItIs() {
        assertThat(ClientAddress.readable("localhost")).isEqualTo("localhost");
        assertThat(ClientAddress.readable(null)).isNull();
    }

    @Test
    void aLineWrittenWithTheLongFormReadsShort() {
        AuditEntry entry = new AuditEntry(java.time.Instant.now(), "admin", "LOGIN", null, null, "0:0:0:0:0:0:0:1");
        assertThat(entry.getRemoteAddress()).isEqualTo("::1");
    }
}
