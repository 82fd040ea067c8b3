package id.verivali.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class DemoExposureTest {

    private static final String PUBLIC_ACCOUNTS =
            "This is the Verivali demo: every demo account, admin included, has" + " the public password 'demo'.";

    @Test
    void on_this_machine_only_it_says_that_the_accounts_are_public_and_warns_of_nothing(CapturedOutput output)
            throws Exception {
        DemoExposure.announce(InetAddress.getByName("127.0.0.1"), 8080);

        assertThat(output).contains(PUBLIC_ACCOUNTS, "Listening on 127.0.0.1, port 8080.");
        assertThat(output).doesNotContain("WARN");
    }

    @Test
    void beyond_this_machine_it_warns_that_anyone_can_sign_in(CapturedOutput output) throws Exception {
        DemoExposure.announce(InetAddress.getByName("192.168.1.10"), 8080);
        DemoExposure.announce(null, 8080);

        assertThat(output.toString().lines().filter(line -> line.contains("WARN")))
                .hasSize(2)
                .allSatisfy(warning -> assertThat(warning)
                        .contains("anyone who can reach it can sign in as any official, admin included"))
                .anySatisfy(warning -> assertThat(warning).contains("(192.168.1.10, port 8080)"))
                .anySatisfy(warning -> assertThat(warning).contains("(every network interface, port 8080)"));
        assertThat(output).contains(PUBLIC_ACCOUNTS);
    }
}
