package id.verivali.demo;

import java.net.InetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at start-up that this is the demo, whose accounts anyone may sign in to, and warns when it listens beyond this
 * machine: the demo keeps to 127.0.0.1 unless started with another {@code server.address}.
 */
@Component
@Profile("demo")
class DemoExposure {

    private static final Logger log = LoggerFactory.getLogger(DemoExposure.class);

    private final ServerProperties server;

    DemoExposure(ServerProperties server) {
        this.server = server;
    }

    @EventListener
    void on(WebServerInitializedEvent started) {
        announce(server.getAddress(), started.getWebServer().getPort());
    }

    /** @param address the address listened on; null for every network interface */
    static void announce(InetAddress address, int port) {
        String where = (address == null ? "every network interface" : address.getHostAddress()) + ", port " + port;
        log.info(
                "This is the Verivali demo: every demo account, admin included, has the public password '{}'."
                        + " Listening on {}.",
                DemoAccounts.PASSWORD,
                where);
        if (address == null || !address.isLoopbackAddress()) {
            log.warn(
                    "The demo listens beyond this machine ({}): anyone who can reach it can sign in as any official,"
                            + " admin included, with the public password '{}'. Start it without --server.address to"
                            + " keep it on 127.0.0.1.",
                    where,
                    DemoAccounts.PASSWORD);
        }
    }
}
