package dev.nines.reports;

import dev.nines.scenarios.experiment.Comparison;
import dev.nines.scenarios.experiment.MetricResult;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-made comparison of three balancers at two loads on n = 2 servers with mean service time
 * 10 ms (μ = 100/s), λ = 2μρ. Random splits Poisson arrivals into two M/M/1 queues at λ/2, so its
 * mean response time is 1/(μ(1 − ρ)): 20 ms at ρ = 0.5, 100 ms at ρ = 0.9. Round-robin and
 * least-connections have no formula here (their reasons are given instead). Throughput is λ under
 * all. The random run at 0.9 is made to miss its formula (110 ms [105, 115]). No drops anywhere.
 * The p99 (no formula, no reason) is there for the charts against load.
 */
final class CompareFixture {

  static final double MU = 100;
  static final List<String> BALANCERS = List.of("random", "round-robin", "least-connections");
  static final List<Double> LOADS = List.of(0.5, 0.9);

  private CompareFixture() {}

  private static MetricResult m(String name, String unit, double mean, double low, double high,
      Double analytic, String formula) {
    return new MetricResult("traffic", name, unit, mean, low, high, 10, analytic, formula);
  }

  static Comparison.Result result() throws Exception {
    List<Comparison.Variant> variants = new ArrayList<>();
    for (double rho : LOADS) {
      double lambda = 2 * MU * rho;
      double w = 1 / (MU * (1 - rho));
      for (int b = 0; b < BALANCERS.size(); b++) {
        String balancer = BALANCERS.get(b);
        // The simulated means: random at its formula (but at 0.9 10 % above), the others faster.
        double base = rho == 0.9 ? 1.1 * w : w;
        double mean = b == 0 ? base : w * (b == 1 ? 0.7 : 0.5);
        Double analytic = b == 0 ? w : null;
        String formula = b == 0 ? "random split at λ/n, M/M/1: 1/(μ − λ/n)"
            : b == 1 ? "no formula: round-robin here" : "no closed form for least-connections";
        List<MetricResult> metrics = List.of(
            m("throughput", "1/s", lambda, lambda - 1, lambda + 1, lambda, "λ"),
            m("response-time", "s", mean, mean * 0.95, mean * 1.05, analytic, formula),
            m("response-p99", "s", 4.6 * mean, 4.4 * mean, 4.8 * mean, null, null),
            m("drops", "1", 0, 0, 0.75, null, null));
        List<MetricResult> differences = b == 0 ? List.of() : List.of(
            m("throughput", "1/s", 0, -0.2, 0.2, 0.0, "difference of the formulas"),
            m("response-time", "s", mean - base, (mean - base) * 1.1, (mean - base) * 0.9, null,
                null),
            m("drops", "1", 0, 0, 0, null, null));
        variants.add(new Comparison.Variant(balancer, rho, lambda, metrics, differences));
      }
    }
    return new Comparison.Result(Fixtures.scenario(), BALANCERS, LOADS, variants);
  }

  static ReportDocument document() throws Exception {
    Comparison.Result r = result();
    return ReportDocument.parse(ComparisonJson.render(r, Fixtures.provenance(), Fixtures.YAML,
        CompareCharts.of(r)));
  }
}
