package dev.nines.reports;

import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.experiment.Comparison;
import dev.nines.scenarios.experiment.MetricResult;
import dev.nines.simulator.Durations;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The terminal rendering of {@code nines compare}: after the run's settings, for each load three
 * tables: every traffic figure under each balancer ({@code mean [low, high]}), the formulas' values
 * where any applies, and each balancer's paired difference against the first ({@code Δ [low, high]},
 * marked {@code *} when the interval excludes 0).
 */
public final class ComparisonTable {

  private ComparisonTable() {}

  public static String render(Comparison.Result result) {
    Scenario s = result.scenario();
    String level = Durations.number(100 * s.confidence()) + " %";
    StringBuilder out = new StringBuilder();
    out.append(s.name()).append('\n');
    out.append(String.format(Locale.ROOT,
        "seed %d · %d replications · horizon %s · warm-up %s · %s confidence intervals%n",
        s.seed(), s.replications(), Durations.format(s.horizon()), Durations.format(s.warmup()),
        level));
    out.append("common random numbers: every balancer sees the same arrivals, work and failures\n");
    List<String> balancers = result.balancers();
    List<Comparison.Variant> variants = result.variants();
    for (int from = 0; from < variants.size(); from += balancers.size()) {
      List<Comparison.Variant> atLoad = variants.subList(from, from + balancers.size());
      Comparison.Variant first = atLoad.get(0);
      out.append('\n').append("load ").append(Durations.number(first.load()))
          .append(" (λ = ").append(Values.format(first.arrivalRate(), "1/s", "arrival-rate"))
          .append(result.loads().isEmpty() ? ", the scenario's own" : "").append(")\n");
      figures(out, atLoad, level);
      analytic(out, atLoad);
      differences(out, atLoad, result.baseline(), level);
    }
    return out.toString();
  }

  /** Each figure under each balancer. */
  private static void figures(StringBuilder out, List<Comparison.Variant> atLoad, String level) {
    List<String[]> rows = new ArrayList<>();
    rows.add(header(atLoad));
    for (String name : names(atLoad, Comparison.Variant::metrics)) {
      String[] row = new String[atLoad.size() + 1];
      row[0] = name;
      for (int b = 0; b < atLoad.size(); b++) {
        MetricResult m = find(atLoad.get(b).metrics(), name);
        row[b + 1] = m == null ? "" : cell(m.mean(), m.low(), m.high(), m.unit(), name, false);
      }
      rows.add(row);
    }
    Columns.print(out, "figures: mean [" + level + " interval]", rows);
  }

  /** The formulas' values, for the figures where one applies under any balancer. */
  private static void analytic(StringBuilder out, List<Comparison.Variant> atLoad) {
    List<String[]> rows = new ArrayList<>();
    rows.add(header(atLoad));
    for (String name : names(atLoad, Comparison.Variant::metrics)) {
      String[] row = new String[atLoad.size() + 1];
      row[0] = name;
      boolean any = false;
      for (int b = 0; b < atLoad.size(); b++) {
        MetricResult m = find(atLoad.get(b).metrics(), name);
        any |= m != null && m.analytic() != null;
        row[b + 1] = m == null ? "" : Values.format(m.analytic(), m.unit(), name)
            + (Boolean.FALSE.equals(m.analyticInInterval()) ? " (outside)" : "");
      }
      if (any) {
        rows.add(row);
      }
    }
    if (rows.size() > 1) {
      Columns.print(out, "analytic values (outside: not in the simulated interval)", rows);
    }
  }

  /** Each other balancer's paired difference against the baseline. */
  private static void differences(StringBuilder out, List<Comparison.Variant> atLoad,
      String baseline, String level) {
    if (atLoad.size() < 2) {
      return;
    }
    List<Comparison.Variant> others = atLoad.subList(1, atLoad.size());
    List<String[]> rows = new ArrayList<>();
    rows.add(header(others));
    for (String name : names(others, Comparison.Variant::differences)) {
      String[] row = new String[others.size() + 1];
      row[0] = name;
      for (int b = 0; b < others.size(); b++) {
        MetricResult d = find(others.get(b).differences(), name);
        row[b + 1] = d == null ? "" : cell(d.mean(), d.low(), d.high(), d.unit(), name, true);
      }
      rows.add(row);
    }
    Columns.print(out, "difference against " + baseline + " (paired): Δ [" + level
        + " interval], * where the interval excludes 0", rows);
  }

  /** The figures' names in the order they first appear (hash balancers add keys-moved). */
  private static List<String> names(List<Comparison.Variant> variants,
      Function<Comparison.Variant, List<MetricResult>> metrics) {
    Set<String> names = new LinkedHashSet<>();
    for (Comparison.Variant v : variants) {
      metrics.apply(v).forEach(m -> names.add(m.name()));
    }
    return List.copyOf(names);
  }

  private static MetricResult find(List<MetricResult> metrics, String name) {
    return metrics.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
  }

  private static String[] header(List<Comparison.Variant> variants) {
    String[] header = new String[variants.size() + 1];
    header[0] = "metric";
    for (int b = 0; b < variants.size(); b++) {
      header[b + 1] = variants.get(b).balancer();
    }
    return header;
  }

  /**
   * {@code mean [low, high]}, or the mean alone when the interval is missing or has no width, or
   * "-". A difference is signed and plain (a ratio's difference is no availability), with
   * {@code *} when its interval excludes 0.
   */
  private static String cell(double mean, double low, double high, String unit, String metric,
      boolean difference) {
    if (!Double.isFinite(mean)) {
      return "-";
    }
    String text = number(mean, unit, metric, difference);
    if (!Double.isFinite(low) || !Double.isFinite(high) || (low == mean && high == mean)) {
      return text; // no interval, or one without width (0 drops in every replication)
    }
    text += " [" + number(low, unit, metric, difference) + ", "
        + number(high, unit, metric, difference) + "]";
    return difference && (low > 0 || high < 0) ? text + " *" : text;
  }

  private static String number(double value, String unit, String metric, boolean difference) {
    if (!difference) {
      return Values.format(value, unit, metric);
    }
    String text = Values.format(value, unit, "difference");
    return value > 0 ? "+" + text : text;
  }
}
