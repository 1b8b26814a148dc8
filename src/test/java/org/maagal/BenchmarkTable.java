package org.maagal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one table {@code mvn -Pbench verify} prints: each benchmark ({@code @ExtendWith(BenchmarkTable.class)})
 * adds its rows as it measures them, and the table is printed once every benchmark of the run has ended (the
 * root context's store closes its resources last), after the machine it was measured on.
 */
public final class BenchmarkTable implements BeforeAllCallback {

  private static final List<String[]> ROWS = new ArrayList<>();

  /** One figure: the part of the benchmark it answers, what was measured, the figure, and what limits it. */
  public static synchronized void row(String part, String measured, String figure, String limitedBy) {
    ROWS.add(new String[] {part, measured, figure, limitedBy});
    System.out.printf("%nBENCHMARK %s | %s | %s | %s%n", part, measured, figure, limitedBy);
  }

  /** The value below which this percentage of the figures lie (nearest rank); sorts a copy. */
  public static double percentile(double[] figures, int percent) {
    double[] sorted = figures.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(BenchmarkTable.class, key -> new Printer(), Printer.class);
  }

  /** Prints the table when the whole run ends. */
  private static final class Printer implements ExtensionContext.Store.CloseableResource {

    @Override
    public void close() {
      synchronized (BenchmarkTable.class) {
        var runtime = Runtime.getRuntime();
        var table = new StringBuilder(String.format("%n%nMaagal benchmarks (bench.size=%s) on %d cores, %s %s, Java %s:%n%n",
            System.getProperty("bench.size", "full"), runtime.availableProcessors(), System.getProperty("os.name"),
            System.getProperty("os.arch"), System.getProperty("java.version")));
        table.append("| part | measured | figure | limited by |\n|---|---|---|---|\n");
        for (String[] row : ROWS) {
          table.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        System.out.println(table);
      }
    }
  }
}
