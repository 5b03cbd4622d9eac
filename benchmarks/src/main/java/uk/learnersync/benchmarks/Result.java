package uk.learnersync.benchmarks;

import java.util.Arrays;
import java.util.List;

/** One row of results.json; {@code baseline} and {@code ratio} are null where a row has none. */
record Result(String name, Double value, String unit, Double baseline, Double ratio, String notes) {

    static double median(List<Double> runs) {
        double[] sorted = runs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    static String runs(List<Double> runs, String format) {
        return Arrays.toString(runs.stream().map(run -> String.format(format, run)).toArray());
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
