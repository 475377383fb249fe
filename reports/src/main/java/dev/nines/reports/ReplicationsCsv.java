package dev.nines.reports;

import dev.nines.scenarios.experiment.Comparison;
import dev.nines.scenarios.experiment.ExperimentResult;
import dev.nines.scenarios.experiment.MetricResult;
import java.util.List;

/**
 * {@code replications.csv}: each figure's value in each replication, one row per replication and
 * figure, replications in order and within one the figures in the order of the result. Figures
 * without per-replication values (percentiles over the pooled observations of all replications) are
 * left out. Values at full precision; a value undefined in a replication (an MTBF without a
 * failure) is an empty cell. Fields are quoted by RFC 4180 where needed.
 */
public final class ReplicationsCsv {

  public static final String HEADER = "replication,scope,name,unit,value";

  /** The header of a comparison's rows: the balancer and load of each variant first. */
  public static final String COMPARISON_HEADER = "balancer,load," + HEADER;

  private ReplicationsCsv() {}

  public static String render(ExperimentResult result) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    rows(out, "", result.metrics());
    return out.toString();
  }

  /** Each variant's figures (not the differences), the variants in the order of the result. */
  public static String render(Comparison.Result result) {
    StringBuilder out = new StringBuilder(COMPARISON_HEADER).append('\n');
    for (Comparison.Variant v : result.variants()) {
      rows(out, CsvResults.field(v.balancer()) + ',' + CsvResults.number(v.load()) + ',',
          v.metrics());
    }
    return out.toString();
  }

  private static void rows(StringBuilder out, String prefix, List<MetricResult> metrics) {
    int replications = metrics.stream().mapToInt(m -> m.values().size()).max().orElse(0);
    for (int i = 0; i < replications; i++) {
      for (MetricResult m : metrics) {
        if (i >= m.values().size()) {
          continue;
        }
        out.append(prefix)
            .append(i).append(',')
            .append(CsvResults.field(m.scope())).append(',')
            .append(CsvResults.field(m.name())).append(',')
            .append(CsvResults.field(m.unit())).append(',')
            .append(CsvResults.number(m.values().get(i)))
            .append('\n');
      }
    }
  }
}
