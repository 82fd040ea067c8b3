package id.verivali.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * How long one kind of answer took, call by call: for tests that two kinds of "not found" (an unknown NIK and a wrong
 * name, an unknown code and another NIK) cannot be told apart by their time.
 */
public final class AnswerTimes {

    private final String kind;
    private final List<Long> nanos = new ArrayList<>();

    public AnswerTimes(String kind) {
        this.kind = kind;
    }

    /** Makes the call, keeping how long it took. */
    public <T> T time(Supplier<T> call) {
        long started = System.nanoTime();
        try {
            return call.get();
        } finally {
            nanos.add(System.nanoTime() - started);
        }
    }

    /**
     * Prints both kinds' medians and interquartile ranges, and asserts that their medians differ by no more than the
     * noise: the mean of the two interquartile ranges, or 2 ms, whichever is more.
     */
    public static void assertSameTime(String label, AnswerTimes first, AnswerTimes second) {
        double difference = Math.abs(first.median() - second.median());
        double noise = (first.spread() + second.spread()) / 2;
        System.out.printf(
                "[no enumeration, %s] %d lookups each: %s median %.2f ms, %s median %.2f ms, difference %.2f ms;"
                        + " interquartile ranges %.2f and %.2f ms%n",
                label,
                first.nanos.size(),
                first.kind,
                first.median(),
                second.kind,
                second.median(),
                difference,
                first.spread(),
                second.spread());
        assertThat(difference).as("within the noise").isLessThanOrEqualTo(Math.max(noise, 2.0));
    }

    private double median() {
        var sorted = sorted();
        return sorted.get(sorted.size() / 2) / 1e6;
    }

    /** The interquartile range, in milliseconds. */
    private double spread() {
        var sorted = sorted();
        return (sorted.get(sorted.size() * 3 / 4) - sorted.get(sorted.size() / 4)) / 1e6;
    }

    private List<Long> sorted() {
        var sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted;
    }
}
