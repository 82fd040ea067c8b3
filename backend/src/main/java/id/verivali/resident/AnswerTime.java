package id.verivali.resident;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Makes an answer take at least a given time, so that how long it took tells nothing. */
final class AnswerTime {

    private AnswerTime() {}

    /** Waits, outside any transaction (a resident waits, a database connection does not), until the least time. */
    static void atLeast(Duration least, long startedNanos) {
        long left = startedNanos + least.toNanos() - System.nanoTime();
        if (left > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
