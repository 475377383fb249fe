package dev.nines.benchmarks.coverage;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.function.Executable;

/**
 * The fast version of the coverage study, so that no dishonest interval slips back in: 300 fixed
 * seeds of the cheapest cases at 10 and 30 replications (and the M/M/1 percentiles at 10), every
 * figure held to the band a correct 95 % interval passes: its coverage's Wilson interval overlaps
 * [0.93, 0.97], the coverage itself is at least 0.90, no interval leaves the possible range and none
 * has zero width (unless the figure cannot vary). Deterministic: same seeds, same verdicts.
 *
 * <p>Enabled by {@code -Dnines.coverage=case} (each case's own start, which needs {@code start:
 * stationary} in the loader) or {@code -Dnines.coverage=new} (every unit new, which today's loader
 * runs). It fails on the estimators of before issue 18 (MTBF, outage and response percentiles,
 * few-failure figures); once they are replaced, drop the condition so {@code mvn verify} runs it.
 */
@EnabledIfSystemProperty(named = "nines.coverage", matches = "case|new")
class CoverageRegressionTest {

  static final int SEEDS = 300;
  static final long FIRST_SEED = 1;
  static final int THREADS = 2;

  /**
   * Left to the full study: missed detections are a rare count (0.0013 per replication), for which
   * any exact interval covers far more than 97 % of the time.
   */
  static final Set<String> STUDY_ONLY = Set.of("hb/missed-detections");

  /** What each case is run at: the cheap ones at 10 and 30 replications, M/M/1 at 10. */
  record Run(CoverageCase coverageCase, int replications, int seeds) {}

  static List<Run> runs() {
    List<Run> runs = new ArrayList<>();
    for (CoverageCase c : List.of(UnitCases.oneUnit(), UnitCases.fewFailures(),
        CrewCases.steadyState(), DetectorCases.heartbeat())) {
      runs.add(new Run(c, 10, SEEDS));
      runs.add(new Run(c, 30, SEEDS));
    }
    runs.add(new Run(TrafficCases.mm1(), 10, 100));
    return runs;
  }

  @TestFactory
  Stream<DynamicTest> everyFigureCoversAsItShould() {
    // Without the property (once the condition is dropped) each case runs with its own start.
    Start forced = "new".equals(System.getProperty("nines.coverage")) ? Start.NEW : null;
    ExecutorService pool = CoverageStudy.pool(THREADS);
    return runs().stream().map(run -> DynamicTest.dynamicTest(
        run.coverageCase().id() + " at " + run.replications() + " replications", () -> {
          CoverageCase c = run.coverageCase();
          List<Coverage> rows = CoverageRunner.run(c, forced == null ? c.start() : forced,
              run.replications(), FIRST_SEED, run.seeds(), pool);
          List<Executable> checks = new ArrayList<>();
          for (Coverage row : rows) {
            if (!STUDY_ONLY.contains(row.figure().label())) {
              checks.add(() -> assertTrue(problems(row).isEmpty(),
                  row.figure().label() + ": " + problems(row)));
            }
          }
          assertAll(checks);
        })).onClose(pool::shutdownNow);
  }

  /** Why a row fails the band; empty when it passes. */
  static List<String> problems(Coverage row) {
    List<String> problems = new ArrayList<>();
    if (!row.isReported()) {
      problems.add("not reported");
      return problems;
    }
    double[] w = row.wilson();
    if (w[1] < 0.93 || w[0] > 0.97 || row.rate() < 0.90) {
      problems.add(String.format(Locale.ROOT, "coverage %.1f %% [%.1f, %.1f] of %d seeds",
          100 * row.rate(), 100 * w[0], 100 * w[1], row.seeds()));
    }
    if (row.outOfRange() > 0) {
      problems.add(row.outOfRange() + " intervals out of range");
    }
    if (row.zeroWidth() > 0 && !row.figure().certain()) {
      problems.add(row.zeroWidth() + " zero-width intervals");
    }
    return problems;
  }
}
