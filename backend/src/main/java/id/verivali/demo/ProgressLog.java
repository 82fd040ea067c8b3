package id.verivali.demo;

import java.util.Locale;
import java.util.function.LongSupplier;
import org.slf4j.Logger;

/** Says every few seconds how far a long write has come, so that a first start of a large demo does not look stuck. */
final class ProgressLog {

    private static final long EVERY_NANOS = 5_000_000_000L;

    private final Logger log;
    private final String what;
    private final Integer expected;
    private final int villages;
    private final LongSupplier nanoTime;
    private final long started;
    private long lastLogged;

    /**
     * @param what what is written, e.g. "Demo registry of Kabupaten Kutai Kartanegara"
     * @param expected the households to write; null when not known in advance
     * @param villages the villages to write them in
     */
    ProgressLog(Logger log, String what, Integer expected, int villages, LongSupplier nanoTime) {
        this.log = log;
        this.what = what;
        this.expected = expected;
        this.villages = villages;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
        this.lastLogged = started;
    }

    /** Logs the households and villages written so far, if the last report is a few seconds old. */
    void written(long households, int villagesDone) {
        long now = nanoTime.getAsLong();
        if (now - lastLogged < EVERY_NANOS) {
            return;
        }
        lastLogged = now;
        log.info(
                "{}: {} households written ({} / {} villages), {} a second",
                what,
                expected == null ? count(households) : count(households) + " / " + count(expected),
                villagesDone,
                villages,
                count(perSecond(households)));
    }

    /** Households a second since the start. */
    long perSecond(long households) {
        long elapsed = Math.max(nanoTime.getAsLong() - started, 1);
        return households * 1_000_000_000L / elapsed;
    }

    /** Milliseconds since the start. */
    long elapsedMillis() {
        return (nanoTime.getAsLong() - started) / 1_000_000;
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
