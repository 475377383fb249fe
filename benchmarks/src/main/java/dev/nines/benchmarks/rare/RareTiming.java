package dev.nines.benchmarks.rare;

import dev.nines.models.AvailabilitySimulation;
import dev.nines.models.rare.Biasing;
import dev.nines.models.rare.ImportanceSampling;
import dev.nines.models.start.StartPlan;
import dev.nines.simulator.random.RandomStreams;
import dev.nines.simulator.rare.RareFigures;
import dev.nines.simulator.rare.WeightedReplication;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Wall time to a 10 % relative half-width of the unavailability, by importance sampling, on each
 * rare case: replications of 100 years each, added {@code threads} at a time (run in parallel,
 * merged in order) until there are at least ten and the interval is narrow enough, as
 * {@code --precision 10%} would. Each measurement is repeated; the first run of a case includes the
 * JIT's warm-up. Beside it, the plain engine's speed on the same model, and the time plain
 * simulation would need for the same precision, extrapolated from it. Prints a Markdown table to
 * stdout. Usage: {@code RareTiming [--repeat N] [--threads 1,2] [--biasing q,...]}.
 */
public final class RareTiming {

  private static final double HORIZON = 100 * RareCase.YEAR;

  private RareTiming() {}

  public static void main(String[] args) throws Exception {
    int repeat = 5;
    int[] threadCounts = {1, 2};
    double[] forcing = {Biasing.DEFAULT.forcing()};
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--repeat" -> repeat = Integer.parseInt(args[i + 1]);
        case "--threads" -> threadCounts = parse(args[i + 1]);
        case "--biasing" -> forcing = Arrays.stream(args[i + 1].split(","))
            .mapToDouble(Double::parseDouble).toArray();
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    System.out.println("| case | exact U | q | threads | replications | excursions | U ± half "
        + "| first run | best of " + repeat + " | plain engine | plain to 10 % (projected) |");
    System.out.println("|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|");
    for (RareCase c : RareCase.all()) {
      double yearsPerSecond = plainSpeed(c);
      // Failures needed for a ±10 % interval on U: (1.96/0.1)²·(1 + c²), outage CV c ≈ 1.
      double failures = Math.pow(1.96 / 0.1, 2) * 2;
      double plainSeconds = failures / c.frequency() / RareCase.YEAR / yearsPerSecond;
      for (double q : forcing) {
        for (int threads : threadCounts) {
          ImportanceSampling is = c.sampling(Biasing.DEFAULT.withForcing(q), 1);
          double first = Double.NaN;
          double best = Double.POSITIVE_INFINITY;
          Result result = null;
          for (int k = 0; k < repeat; k++) {
            long start = System.nanoTime();
            result = toPrecision(is, threads);
            double seconds = (System.nanoTime() - start) / 1e9;
            first = k == 0 ? seconds : first;
            best = Math.min(best, seconds);
          }
          RareFigures f = result.figures();
          System.out.printf(Locale.ROOT, "| %s | %.4g | %.2f | %d | %d | %d | %.4g ± %.1f %% | "
              + "%.3f s | %.3f s | %.3g years/s | %.3g s |%n", c.id(), c.unavailability(), q,
              threads, result.replications(), result.excursions(), f.unavailability().mean(),
              100 * f.unavailability().relativeHalfWidth(), first, best, yearsPerSecond,
              plainSeconds);
        }
      }
    }
  }

  private static int[] parse(String list) {
    return Arrays.stream(list.split(",")).mapToInt(Integer::parseInt).toArray();
  }

  private record Result(RareFigures figures, int replications, long excursions) {}

  /** Replications added in parallel batches until ten or more give a ±10 % interval. */
  private static Result toPrecision(ImportanceSampling is, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<WeightedReplication> done = new ArrayList<>();
      while (true) {
        List<Future<WeightedReplication>> batch = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int replication = done.size() + t;
          batch.add(pool.submit(() -> is.replicate(1, replication, HORIZON, 0)));
        }
        for (Future<WeightedReplication> f : batch) {
          done.add(f.get());
        }
        RareFigures figures = RareFigures.of(done, 0.95);
        if (done.size() >= 10 && figures.unavailability().relativeHalfWidth() <= 0.1) {
          long excursions = done.stream().mapToLong(WeightedReplication::excursions).sum();
          return new Result(figures, done.size(), excursions);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Simulated years per second of the plain engine on the case, on one thread: replications of
   * 100,000 years, timed for at least two seconds after ten for the JIT.
   */
  private static double plainSpeed(RareCase c) {
    StartPlan plan = StartPlan.of(c.model(), c.start());
    int r = 0;
    while (r < 10) {
      plain(c, plan, r++);
    }
    double years = 0;
    long start = System.nanoTime();
    while (System.nanoTime() - start < 2e9) {
      plain(c, plan, r++);
      years += 100_000;
    }
    return years / ((System.nanoTime() - start) / 1e9);
  }

  private static void plain(RareCase c, StartPlan plan, int replication) {
    new AvailabilitySimulation(c.model(), new RandomStreams(99, replication), 0, plan)
        .run(100_000 * RareCase.YEAR);
  }
}
