package dev.nines.benchmarks.rare;

import dev.nines.simulator.rare.RareFigures;
import dev.nines.simulator.rare.WeightedReplication;
import dev.nines.simulator.stats.ConfidenceInterval;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The coverage study of the rare-event methods (issue 20): each case with exact answers runs once per
 * seed at each replication count, and each figure's 95 % interval is checked against its exact
 * value. Writes rare-coverage.md; the table depends on the options alone (progress and wall times
 * go to stderr). Usage: {@code RareCoverage [--seeds N] [--splitting-seeds N]
 * [--replications 10,30] [--threads N] [--out DIR] [--cases ID,ID]} (all cases by default),
 * through {@code benchmarks/rare/run}.
 */
public final class RareCoverage {

  private RareCoverage() {}

  /** The figures checked, by name, with their interval and exact value. */
  private record Figure(String name, Function<RareFigures, ConfidenceInterval> interval,
      Function<RareCase, Double> exact) {}

  private static final List<Figure> FIGURES = List.of(
      new Figure("unavailability", RareFigures::unavailability, RareCase::unavailability),
      new Figure("failure-frequency", RareFigures::failureFrequency, RareCase::frequency),
      new Figure("mttr", RareFigures::mttr, RareCase::mttr),
      new Figure("mtbf", RareFigures::mtbf, RareCase::mtbf));

  public static void main(String[] args) throws Exception {
    int seeds = 1000;
    int splittingSeeds = 200;
    List<Integer> counts = List.of(10, 30);
    int threads = 2;
    Path out = Path.of("benchmarks/results");
    List<String> only = null;
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--seeds" -> seeds = Integer.parseInt(args[i + 1]);
        case "--splitting-seeds" -> splittingSeeds = Integer.parseInt(args[i + 1]);
        case "--replications" -> counts = List.of(args[i + 1].split(",")).stream()
            .map(Integer::parseInt).toList();
        case "--threads" -> threads = Integer.parseInt(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        case "--cases" -> only = List.of(args[i + 1].split(","));
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    StringBuilder md = new StringBuilder();
    md.append("# Coverage of the rare-event methods' 95 % intervals\n\n");
    md.append(String.format(Locale.ROOT, "`benchmarks/rare/run coverage --seeds %d "
        + "--splitting-seeds %d --replications %s`%n%n", seeds, splittingSeeds,
        String.join(",", counts.stream().map(String::valueOf).toList())));
    md.append("Each case runs once per seed (seeds 1..").append(seeds).append(", splitting 1..")
        .append(splittingSeeds).append(": its stages cost more), each run with R replications "
        + "of the case's horizon, by importance sampling (default biasing, `Biasing.DEFAULT`, one branch per excursion) and, where listed, splitting (default "
        + "effort); a figure covers when its interval holds the exact value. Coverage in % "
        + "with its 95 % Wilson interval; bias is the mean estimate's relative distance from the "
        + "exact value, ± its standard error; width is the mean relative half-width; unreliable "
        + "counts the runs whose weight diagnostics warned.\n\n");
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (RareCase c : RareCase.coverage()) {
        if (only != null && !only.contains(c.id())) {
          continue;
        }
        md.append(String.format(Locale.ROOT, "## %s%n%n%s; horizon %.0f years per replication. "
            + "Exact: U = %.6g, f = %.6g /h, MTTR = %.6g h, MTBF = %.6g h.%n%n", c.id(),
            c.description(), c.horizon() / RareCase.YEAR, c.unavailability(),
            c.frequency() * RareCase.HOUR, c.mttr() / RareCase.HOUR, c.mtbf() / RareCase.HOUR));
        md.append("| method | R | figure | coverage | Wilson 95 % | bias | width | unreliable |\n");
        md.append("|---|---:|---|---:|---|---|---:|---:|\n");
        for (String method : c.methods()) {
          for (int r : counts) {
            long start = System.nanoTime();
            int n = method.equals("splitting") ? splittingSeeds : seeds;
            List<RareFigures> runs = runs(c, method, r, n, pool);
            System.err.printf(Locale.ROOT, "rare coverage: %s, %s, R = %d, %d seeds: %.1f s%n",
                c.id(), method, r, n, (System.nanoTime() - start) / 1e9);
            for (Figure figure : FIGURES) {
              md.append("| ").append(method).append(' ').append(row(r, figure, c, runs));
            }
          }
        }
        md.append('\n');
      }
    } finally {
      pool.shutdownNow();
    }
    Files.createDirectories(out);
    Path target = out.resolve("rare-coverage.md");
    Path temporary = out.resolve("rare-coverage.md.tmp");
    Files.writeString(temporary, md, StandardCharsets.UTF_8);
    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    System.err.println("rare coverage: wrote " + target);
  }

  /** One run per seed, in seed order, each of r replications on one thread. */
  private static List<RareFigures> runs(RareCase c, String method, int r, int seeds,
      ExecutorService pool) throws Exception {
    RareCase.Replicate is = c.method(method);
    List<Future<RareFigures>> futures = new ArrayList<>();
    for (int seed = 1; seed <= seeds; seed++) {
      long s = seed;
      futures.add(pool.submit(() -> {
        List<WeightedReplication> list = new ArrayList<>();
        for (int i = 0; i < r; i++) {
          list.add(is.replicate(s, i, c.horizon(), 0));
        }
        return RareFigures.of(list, 0.95);
      }));
    }
    List<RareFigures> runs = new ArrayList<>();
    for (Future<RareFigures> f : futures) {
      runs.add(f.get());
    }
    return runs;
  }

  private static String row(int r, Figure figure, RareCase c, List<RareFigures> runs) {
    double exact = figure.exact().apply(c);
    int covered = 0;
    int unreliable = 0;
    double sum = 0;
    double squares = 0;
    double width = 0;
    for (RareFigures run : runs) {
      ConfidenceInterval ci = figure.interval().apply(run);
      covered += ci.contains(exact) ? 1 : 0;
      unreliable += run.warning() != null ? 1 : 0;
      double relative = ci.mean() / exact - 1;
      sum += relative;
      squares += relative * relative;
      width += ci.relativeHalfWidth();
    }
    int n = runs.size();
    double bias = sum / n;
    double biasError = Math.sqrt((squares / n - bias * bias) / (n - 1));
    double share = (double) covered / n;
    double z = 1.959963984540054;
    double centre = (share + z * z / (2 * n)) / (1 + z * z / n);
    double half = z / (1 + z * z / n) * Math.sqrt(share * (1 - share) / n + z * z / (4.0 * n * n));
    String mark = share < 0.93 || share > 0.97 ? "**" : "";
    return String.format(Locale.ROOT, "| %d | %s | %s%.1f%s | %.1f–%.1f | %+.2f %% ± %.2f | "
        + "%.1f %% | %d |%n", r, figure.name(), mark, 100 * share, mark, 100 * (centre - half),
        100 * (centre + half), 100 * bias, 100 * biasError, 100 * width / n, unreliable);
  }
}
