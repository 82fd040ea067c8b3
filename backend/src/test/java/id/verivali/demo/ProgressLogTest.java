package id.verivali.demo;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class ProgressLogTest {

    private static final long SECOND = 1_000_000_000L;

    private final Logger log = mock(Logger.class);
    private final AtomicLong now = new AtomicLong(100 * SECOND);

    @Test
    void says_every_few_seconds_how_many_households_are_written_of_how_many_and_how_fast() {
        var progress = new ProgressLog(log, "Demo registry", 60_937, 237, now::get);

        now.addAndGet(2 * SECOND);
        progress.written(2_000, 8);
        verify(log, never()).info(anyString(), any(Object[].class));

        now.addAndGet(3 * SECOND);
        progress.written(10_000, 39);
        verify(log)
                .info(
                        "{}: {} households written ({} / {} villages), {} a second",
                        "Demo registry",
                        "10,000 / 60,937",
                        39,
                        237,
                        "2,000");
    }

    @Test
    void without_a_total_it_says_how_many_so_far() {
        var progress = new ProgressLog(log, "Demo registry", null, 123, now::get);

        now.addAndGet(5 * SECOND);
        progress.written(3_000, 100);
        verify(log)
                .info(
                        "{}: {} households written ({} / {} villages), {} a second",
                        "Demo registry",
                        "3,000",
                        100,
                        123,
                        "600");
    }
}
