package dev.nines.simulator.rare;

/**
 * What one replication of an importance-sampling run measured: over its observed time, the
 * weighted totals of the rare quantities (each an unbiased estimate of the true total), the same
 * totals as its own unbiased trajectory saw them (plain simulation, for a cross-check), and the
 * weights' diagnostics. Replications are independent; the figures are ratios of sums over them.
 *
 * @param observed the time observed (horizon − warm-up), in seconds
 * @param downTime the weighted down time: Σ over excursions of the branches' mean W·(down time)
 * @param failures the weighted failures: Σ over excursions of the branches' mean W·(failures)
 * @param plainDownTime the down time of the unbiased trajectory itself
 * @param plainFailures the failures of the unbiased trajectory itself
 * @param excursions how many excursions from the all-up state were branched
 * @param diagnostics the down-time contributions of every branch ({@link WeightDiagnostics})
 */
public record WeightedReplication(double observed, double downTime, double failures,
    double plainDownTime, long plainFailures, long excursions, WeightDiagnostics diagnostics) {

  public WeightedReplication {
    if (!(observed > 0) || !(downTime >= 0) || !(failures >= 0) || !(plainDownTime >= 0)
        || plainFailures < 0 || excursions < 0) {
      throw new IllegalArgumentException("a replication needs observed time > 0 and totals >= 0");
    }
    java.util.Objects.requireNonNull(diagnostics, "diagnostics");
  }
}
