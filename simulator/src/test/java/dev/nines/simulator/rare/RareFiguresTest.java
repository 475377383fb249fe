package dev.nines.simulator.rare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.simulator.stats.ConfidenceInterval;
import dev.nines.simulator.stats.Estimates;
import dev.nines.simulator.stats.RatioEstimator;
import java.util.List;
import org.junit.jupiter.api.Test;

class RareFiguresTest {

  private static WeightedReplication replication(double observed, double down, double failures) {
    return new WeightedReplication(observed, down, failures, 0, 0, 1,
        WeightDiagnostics.NONE.plus(1, down));
  }

  /**
   * T = (10, 10, 10), D = (1, 3, 2), F = (2, 2, 1) by hand: U = 6/30, f = 5/30, MTTR = 6/5 = U/f,
   * MTBF = 24/5 = (1 − U)/f, nines = −log10 U; U's interval is the delta method's on the logit
   * scale, and its relative error the ratio's standard error over 0.2.
   */
  @Test
  void everyFigureFromTheSameSums() {
    List<WeightedReplication> runs = List.of(replication(10, 1, 2), replication(10, 3, 2),
        replication(10, 2, 1));
    RareFigures f = RareFigures.of(runs, 0.95);
    double u = 0.2;
    double rate = 1.0 / 6;
    assertEquals(u, f.unavailability().mean(), 1e-15);
    assertEquals(rate, f.failureFrequency().mean(), 1e-15);
    assertEquals(u / rate, f.mttr().mean(), 1e-12);
    assertEquals((1 - u) / rate, f.mtbf().mean(), 1e-12);
    assertEquals(-Math.log10(u), f.nines().mean(), 1e-12);
    assertEquals(f.unavailability().high(), Math.pow(10, -f.nines().low()), 1e-12);
    RatioEstimator ratio = new RatioEstimator(new double[] {1, 3, 2}, new double[] {10, 10, 10});
    assertEquals(ratio.standardError() / u, f.relativeError(), 1e-12);
    ConfidenceInterval share = Estimates.share(new double[] {1, 3, 2},
        new double[] {10, 10, 10}, 0.95);
    assertEquals(share.low(), f.unavailability().low(), 1e-15);
    assertEquals(share.high(), f.unavailability().high(), 1e-15);
    assertEquals(3, f.diagnostics().branches());
  }

  /** Weighted totals of 0 say only that no branch got there: no crude one-sided bound. */
  @Test
  void nothingReachedGivesNoBound() {
    RareFigures f = RareFigures.of(List.of(replication(10, 0, 0), replication(10, 0, 0)), 0.95);
    assertEquals(0, f.unavailability().mean());
    assertTrue(Double.isNaN(f.unavailability().high()));
    assertEquals(Estimates.NONE_REACHED, f.unavailability().note());
    assertEquals(Estimates.NONE_REACHED, f.failureFrequency().note());
    assertEquals(RareFigures.NO_FAILURE, f.mttr().note());
    assertTrue(f.warning().startsWith("no branch reached"));
  }
}
