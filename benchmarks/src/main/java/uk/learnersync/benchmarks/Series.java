package uk.learnersync.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The runs of one figure, each with the machine's load average when it ended: the machine is shared,
 * and a figure means little without how busy it was.
 */
final class Series {

    private final List<Double> values = new ArrayList<>();
    private final List<String> loads = new ArrayList<>();

    void add(double value) {
        values.add(value);
        loads.add(Environment.load());
    }

    double median() {
        return Result.median(values);
    }

    double last() {
        return values.get(values.size() - 1);
    }

    /** The runs in the order they ran, then the load average (1 min) after each. */
    String describe(String format) {
        return String.format(Locale.ROOT, "%s at load %s", Result.runs(values, format), loads);
    }
}
