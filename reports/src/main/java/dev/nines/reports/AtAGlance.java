package dev.nines.reports;

import dev.nines.scenarios.experiment.MetricResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's verdicts at a glance: how many figures were checked against a formula that applies,
 * how many agree, which disagree and why, and which formulas do not apply here (said once per
 * reason). Only a figure with an analytic value and an interval is checked: a row whose formula
 * gives no value (an assumption the scenario breaks) is not counted as agreeing. A comparison's
 * paired differences are not counted again: their formula is the difference of the runs' own.
 *
 * @param checked the figures with an analytic value and an interval
 * @param outside the checked figures whose analytic value lies outside the interval
 * @param notApplying each reason a formula gives no value, with how many figures give it, in order
 * @param confidence the intervals' level, NaN when unknown
 */
public record AtAGlance(int checked, List<Disagreement> outside, Map<String, Integer> notApplying,
    double confidence) {

  /** A figure that disagrees with its formula, and where (a run, a point), "" for a run. */
  public record Disagreement(String where, MetricResult metric) {

    /**
     * "random at load 0.5: traffic response-p99 180.4ms [177ms, 184.1ms], formula 184.2ms, 0.068 %
     * above the interval (M/M/1 ...)": how far out, to two digits, relative to the nearer end.
     */
    public String text() {
      MetricResult m = metric;
      double a = m.analytic();
      String side = a > m.high() ? "above" : "below";
      double edge = a > m.high() ? m.high() : m.low();
      String by = edge != 0 && Double.isFinite(edge)
          ? ", " + new java.math.BigDecimal(100 * Math.abs(a - edge) / Math.abs(edge))
              .round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString()
              + " % " + side + " the interval" : ", " + side + " the interval";
      return (where.isEmpty() ? "" : where + ": ") + m.scope() + " " + m.name() + " "
          + Values.format(m.mean(), m.unit(), m.name()) + " " + ResultTable.interval(m)
          + ", formula " + Values.format(a, m.unit(), m.name()) + by
          + (m.formula() == null || m.formula().isEmpty() ? "" : " (" + m.formula() + ")");
    }
  }

  public AtAGlance {
    outside = List.copyOf(outside);
    notApplying = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(notApplying));
  }

  /** The checked figures that agree. */
  public int agreeing() {
    return checked - outside.size();
  }

  /** How many checked figures would fall outside by chance alone at this confidence. */
  public double expectedByChance() {
    return Double.isFinite(confidence) ? (1 - confidence) * checked : 0;
  }

  /**
   * Whether the disagreements are no more than chance gives: at a 95 % level about one checked
   * figure in twenty lies outside its interval with every formula right. Up to twice the expected
   * count, and at least one, is taken as chance.
   */
  public boolean withinChance() {
    return outside.size() <= Math.max(1, 2 * expectedByChance());
  }

  /** How many figures have a formula that gives no value here. */
  public int notCounted() {
    return notApplying.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The verdicts of a document: a comparison's runs, a sweep's points, a run's figures. */
  public static AtAGlance of(ReportDocument doc) {
    List<Map.Entry<String, MetricResult>> figures = new ArrayList<>();
    if (doc.answer() instanceof CompareOverview o) {
      for (CompareOverview.Load l : o.loads()) {
        for (int b = 0; b < o.balancers().size(); b++) {
          String at = CompareOverview.at(l.load());
          String where = o.balancers().get(b) + (at.isEmpty() ? "" : " at " + at);
          l.runs().get(b).forEach(m -> figures.add(Map.entry(where, m)));
        }
      }
    } else {
      boolean named = doc.sections().size() > 1;
      for (ReportDocument.Section s : doc.sections()) {
        // A sweep's heading ends in its verdict ("· meets the targets"): the point is enough.
        int verdict = s.heading().indexOf(" · ");
        String where = !named ? "" : verdict < 0 ? s.heading() : s.heading().substring(0, verdict);
        s.metrics().forEach(m -> figures.add(Map.entry(where, m)));
      }
    }
    return of(figures, doc.confidence());
  }

  /** The verdicts of figures, each with where it is from. */
  static AtAGlance of(List<Map.Entry<String, MetricResult>> figures, double confidence) {
    int checked = 0;
    List<Disagreement> outside = new ArrayList<>();
    Map<String, Integer> reasons = new LinkedHashMap<>();
    for (Map.Entry<String, MetricResult> e : figures) {
      MetricResult m = e.getValue();
      Boolean in = m.analyticInInterval();
      if (in != null) {
        checked++;
        if (!in) {
          outside.add(new Disagreement(e.getKey(), m));
        }
      } else if (m.analytic() == null && m.formula() != null && !m.formula().isBlank()) {
        reasons.merge(m.formula(), 1, Integer::sum);
      }
    }
    return new AtAGlance(checked, outside, reasons, confidence);
  }
}
