package dev.nines.reports;

import dev.nines.scenarios.experiment.MetricResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reason several figures of one scope share for having no analytic value (an assumption the
 * scenario breaks, usually): a table says it once under the scope rather than on every row.
 */
record SharedReason(String reason, List<String> metrics, boolean everyRowWithout) {

  /** The reason given by the most rows without a value, when two or more give it; else null. */
  static SharedReason of(List<MetricResult> scope) {
    Map<String, List<String>> byReason = new LinkedHashMap<>();
    int without = 0;
    for (MetricResult m : scope) {
      if (m.analytic() == null && m.formula() != null && !m.formula().isEmpty()) {
        without++;
        byReason.computeIfAbsent(m.formula(), k -> new java.util.ArrayList<>()).add(m.name());
      }
    }
    Map.Entry<String, List<String>> best = null;
    for (Map.Entry<String, List<String>> e : byReason.entrySet()) {
      if (best == null || e.getValue().size() > best.getValue().size()) {
        best = e;
      }
    }
    if (best == null || best.getValue().size() < 2) {
      return null;
    }
    return new SharedReason(best.getKey(), List.copyOf(best.getValue()),
        best.getValue().size() == without);
  }

  /** True when this reason is the one shown for the figure, under the table. */
  boolean covers(MetricResult m) {
    return m.analytic() == null && reason.equals(m.formula());
  }

  /** The line under the table: the reason, and which rows it is for unless it is all of them. */
  String line() {
    return (everyRowWithout ? "analytic" : "analytic of " + String.join(", ", metrics)) + ": "
        + reason;
  }
}
