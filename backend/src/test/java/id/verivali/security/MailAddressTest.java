package id.verivali.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MailAddressTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "op-6112042002@verivali.test",
                "kepala.dinas+verivali@dinsos.kuburayakab.go.id",
                " camat@terentang.go.id ",
                ""
            })
    @NullSource
    void accepts_a_plain_address_or_none(String address) {
        assertThat(MailAddress.isAcceptable(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "operator@desa",
                "bukan alamat",
                "@kuburaya.go.id",
                "operator@-desa.go.id",
                "dua@@kuburaya.go.id",
                "operator@desa..go.id"
            })
    void refuses_what_no_mail_server_would_deliver(String address) {
        assertThat(MailAddress.isAcceptable(address)).isFalse();
    }

    @Test
    void stores_an_address_without_its_spaces_and_a_blank_one_as_none() {
        assertThat(MailAddress.normalised(" camat@terentang.go.id ")).isEqualTo("camat@terentang.go.id");
        assertThat(MailAddress.normalised("  ")).isNull();
    }

    @Test
    void refuses_an_address_longer_than_a_mail_path_may_be() {
        var domain = "@kuburaya.go.id";
        var longest = "a".repeat(MailAddress.MAX_LENGTH - domain.length()) + domain;
        assertThat(MailAddress.isAcceptable(longest)).isTrue();
        assertThat(MailAddress.isAcceptable("a" + longest)).isFalse();
    }
}
