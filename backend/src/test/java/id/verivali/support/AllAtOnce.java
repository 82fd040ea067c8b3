package id.verivali.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The same call made from several threads released at one instant: how officials' clicks and retries race. */
public final class AllAtOnce {

    private AllAtOnce() {}

    /** Makes {@code call} {@code times} times at once and returns every answer, in the order they came. */
    public static <T> List<T> run(int times, Callable<T> call) throws Exception {
        var answers = Collections.synchronizedList(new ArrayList<T>());
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(times);
        try {
            var futures = new ArrayList<Future<?>>();
            for (int i = 0; i < times; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    answers.add(call.call());
                    return null;
                }));
            }
            start.countDown();
            for (var future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return answers;
    }
}
