package dev.nines.simulator.rare;

import dev.nines.simulator.stats.ConfidenceInterval;
import dev.nines.simulator.stats.Estimates;
import dev.nines.simulator.stats.RatioEstimator;
import java.util.List;

/**
 * The system figures of an importance-sampling run, all from the same weighted totals, so they
 * agree with one another: unavailability U = ΣD / ΣT (weighted down time over observed time),
 * failure frequency f = ΣF / ΣT, MTTR = ΣD / ΣF (= U / f), MTBF = Σ(T − D) / ΣF (= (1 − U) / f)
 * and nines = −log10 U, each a ratio of sums over replications with the house delta-method interval
 * ({@link RatioEstimator}, {@link Estimates}), with the relative error of U and the branches'
 * {@link WeightDiagnostics}.
 *
 * @param relativeError the standard error of U over U
 * @param warning why the figures are unreliable, or null ({@link WeightDiagnostics#warning})
 */
public record RareFigures(ConfidenceInterval unavailability, ConfidenceInterval failureFrequency,
    ConfidenceInterval mttr, ConfidenceInterval mtbf, ConfidenceInterval nines,
    double relativeError, WeightDiagnostics diagnostics, String warning) {

  /** The note of MTTR and MTBF when no weighted failure was seen. */
  public static final String NO_FAILURE = "no branch reached a system failure";

  /**
   * The figures of replications 0, 1, ..., in replication order.
   *
   * @param level the confidence level of the intervals
   */
  public static RareFigures of(List<WeightedReplication> replications, double level) {
    int n = replications.size();
    double[] observed = new double[n];
    double[] down = new double[n];
    double[] up = new double[n];
    double[] failures = new double[n];
    WeightDiagnostics diagnostics = WeightDiagnostics.NONE;
    for (int i = 0; i < n; i++) {
      WeightedReplication r = replications.get(i);
      observed[i] = r.observed();
      down[i] = r.downTime();
      up[i] = r.observed() - r.downTime();
      failures[i] = r.failures();
      diagnostics = diagnostics.merge(r.diagnostics());
    }
    ConfidenceInterval u = Estimates.weightedShare(down, observed, level);
    ConfidenceInterval nines = u.mapDecreasing(x -> -Math.log10(x));
    return new RareFigures(u, Estimates.weightedRate(failures, observed, level),
        Estimates.perEvent(down, failures, level, NO_FAILURE),
        Estimates.perEvent(up, failures, level, NO_FAILURE), nines,
        new RatioEstimator(down, observed).relativeError(), diagnostics, diagnostics.warning());
  }
}
