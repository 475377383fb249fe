package dev.nines.reports;

import dev.nines.scenarios.experiment.ExperimentResult;
import dev.nines.scenarios.experiment.MetricResult;

/**
 * The {@code --csv} table: one row per figure, the same fields as the JSON metrics. Times in seconds;
 * unknown numbers are empty cells. Fields are quoted by RFC 4180 where needed.
 */
public final class CsvResults {

  public static final String HEADER = "scope,name,unit,mean,low,high,n,analytic,formula,note,verdict";

  private CsvResults() {}

  public static String render(ExperimentResult result) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    for (MetricResult m : result.metrics()) {
      out.append(field(m.scope())).append(',')
          .append(field(m.name())).append(',')
          .append(field(m.unit())).append(',')
          .append(number(m.mean())).append(',')
          .append(number(m.low())).append(',')
          .append(number(m.high())).append(',')
          .append(m.n()).append(',')
          .append(m.analytic() == null ? "" : number(m.analytic())).append(',')
          .append(m.formula() == null ? "" : field(m.formula())).append(',')
          .append(m.note() == null ? "" : field(m.note())).append(',')
          .append(Values.verdict(m))
          .append('\n');
    }
    return out.toString();
  }

  static String number(double value) {
    return Double.isFinite(value) ? Double.toString(value) : "";
  }

  static String field(String text) {
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
