package dev.nines.benchmarks.coverage;

import dev.nines.scenarios.Overrides;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.ScenarioException;
import dev.nines.scenarios.ScenarioLoader;
import dev.nines.scenarios.experiment.Experiment;
import dev.nines.scenarios.experiment.ExperimentResult;
import dev.nines.scenarios.experiment.MetricResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Runs one case at one number of replications once per seed, each run on one thread and the seeds
 * spread over a pool, and tallies each figure's intervals. Seed s loads the case with
 * {@code --seed s --replications R}; the tallies take the seeds in order, so the result does not
 * depend on the pool.
 */
final class CoverageRunner {

  private CoverageRunner() {}

  /** A case the loader refused (such as {@code start: stationary} before the field exists). */
  static final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Rejected(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * The coverage of every figure of the case.
   *
   * @param start the start to run with (the case's own, or {@code new} for "before" numbers)
   * @param firstSeed seeds firstSeed, firstSeed + 1, ..., firstSeed + seeds − 1
   */
  static List<Coverage> run(CoverageCase c, Start start, int replications, long firstSeed,
      int seeds, ExecutorService pool) {
    String text = c.text(start);
    load(c, text, firstSeed, replications); // one clear error before any work
    List<Future<Check[]>> futures = new ArrayList<>(seeds);
    for (int i = 0; i < seeds; i++) {
      long seed = firstSeed + i;
      futures.add(pool.submit(() -> checks(c, load(c, text, seed, replications))));
    }
    List<List<Check>> byFigure = new ArrayList<>();
    for (int f = 0; f < c.figures().size(); f++) {
      byFigure.add(new ArrayList<>(seeds));
    }
    for (Future<Check[]> future : futures) {
      Check[] checks = join(future);
      for (int f = 0; f < checks.length; f++) {
        byFigure.get(f).add(checks[f]);
      }
    }
    List<Coverage> out = new ArrayList<>();
    for (int f = 0; f < c.figures().size(); f++) {
      out.add(Coverage.of(c, c.figures().get(f), replications, byFigure.get(f)));
    }
    return out;
  }

  /** One run of the case, each figure judged. */
  static Check[] checks(CoverageCase c, Scenario scenario) {
    ExperimentResult result = Experiment.run(scenario, 1, c.at());
    Check[] checks = new Check[c.figures().size()];
    for (int f = 0; f < checks.length; f++) {
      Figure figure = c.figures().get(f);
      MetricResult m = find(result, figure);
      checks[f] = m == null ? Check.UNREPORTED : Check.of(figure, m.mean(), m.low(), m.high());
    }
    return checks;
  }

  private static MetricResult find(ExperimentResult result, Figure figure) {
    for (MetricResult m : result.metrics()) {
      if (m.scope().equals(figure.scope()) && m.name().equals(figure.name())) {
        return m;
      }
    }
    return null;
  }

  static Scenario load(CoverageCase c, String text, long seed, int replications) {
    try {
      return ScenarioLoader.parse(text, c.id() + ".yaml", new Overrides(seed, replications, null));
    } catch (ScenarioException e) {
      throw new Rejected("case " + c.id() + ": the loader refused it:\n" + e.getMessage(), e);
    }
  }

  private static Check[] join(Future<Check[]> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
