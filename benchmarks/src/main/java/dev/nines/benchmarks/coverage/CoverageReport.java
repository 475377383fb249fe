package dev.nines.benchmarks.coverage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The study's results as a Markdown table (for the README) and as JSON (for scripts). Both are
 * functions of the options and the tallies only: no time, no host, so the same options give the same
 * files.
 */
final class CoverageReport {

  private CoverageReport() {}

  /** The Markdown page: how it was made, a summary, the full table, each case's exact values. */
  static String markdown(StudyOptions options, List<CoverageCase> cases, List<Coverage> rows) {
    StringBuilder md = new StringBuilder();
    md.append("# Coverage of nines' 95 % intervals\n\n");
    md.append("`").append(options.commandLine()).append("`\n\n");
    md.append("Each figure runs the case once per seed (seeds ").append(options.firstSeed())
        .append("..").append(options.firstSeed() + options.seeds() - 1)
        .append("), each run with R replications, and checks the figure's interval against its ")
        .append("exact value. Target: coverage 93–97 % (bold: outside it).\n");
    summary(md, options, rows);
    detail(md, rows);
    md.append("\n## Cases and exact values\n");
    for (CoverageCase c : cases) {
      Start used = options.startOf(c);
      md.append("\n### ").append(c.id()).append("\n\n").append(c.description()).append(". ");
      md.append("Start: ").append(used.word());
      if (used != c.start()) {
        md.append(" (the exact values assume ").append(c.start().word())
            .append(": time averages and counts carry the start-up bias)");
      }
      md.append(".\n\n| figure | exact | formula |\n|---|---|---|\n");
      for (Figure f : c.figures()) {
        md.append("| ").append(f.label()).append(" | ").append(exact(f)).append(" | ")
            .append(cell(f.formula())).append(" |\n");
      }
    }
    return md.toString();
  }

  /** One line per figure: its coverage at each replication count, its bias at the largest. */
  private static void summary(StringBuilder md, StudyOptions options, List<Coverage> rows) {
    List<Integer> counts = options.replications();
    md.append("\n## Summary\n\n| case | figure |");
    for (int r : counts) {
      md.append(" R = ").append(r).append(" |");
    }
    md.append(" relative bias at R = ").append(counts.get(counts.size() - 1)).append(" |\n|---|---|");
    md.append("---:|".repeat(counts.size())).append("---|\n");
    Map<String, List<Coverage>> byFigure = new LinkedHashMap<>();
    for (Coverage row : rows) {
      byFigure.computeIfAbsent(row.coverageCase().id() + " | " + row.figure().label(),
          k -> new ArrayList<>()).add(row);
    }
    for (Map.Entry<String, List<Coverage>> figure : byFigure.entrySet()) {
      md.append("| ").append(figure.getKey()).append(" |");
      for (Coverage row : figure.getValue()) {
        String rate = String.format(Locale.ROOT, "%.1f", 100 * row.rate());
        md.append(' ').append(!row.isReported() ? "not reported"
            : row.onTarget() || row.figure().certain() ? rate : "**" + rate + "**").append(" |");
      }
      Coverage last = figure.getValue().get(figure.getValue().size() - 1);
      md.append(' ').append(last.isReported() ? bias(last) : "—").append(" |\n");
    }
  }

  /** Every row: coverage with its Wilson interval, bias and the counts of defective intervals. */
  private static void detail(StringBuilder md, List<Coverage> rows) {
    md.append("\n## Detail\n\n");
    md.append("| case | figure | R | coverage % [Wilson 95 %] | target | relative bias "
        + "| zero-width | out-of-range | missing | one-sided |\n");
    md.append("|---|---|---:|---|---|---|---:|---:|---:|---:|\n");
    for (Coverage row : rows) {
      md.append("| ").append(row.coverageCase().id())
          .append(" | ").append(row.figure().label())
          .append(" | ").append(row.replications()).append(" | ");
      if (!row.isReported()) {
        md.append("not reported | — | — | — | — | — | — |\n");
        continue;
      }
      double[] w = row.wilson();
      md.append(String.format(Locale.ROOT, "%.1f [%.1f, %.1f]", 100 * row.rate(), 100 * w[0],
              100 * w[1]))
          .append(" | ").append(target(row))
          .append(" | ").append(bias(row))
          .append(" | ").append(row.zeroWidth())
          .append(" | ").append(row.outOfRange())
          .append(" | ").append(row.missing())
          .append(" | ").append(row.oneSided()).append(" |\n");
    }
  }

  /** The same results as JSON; non-finite numbers are strings ("Infinity"), NaN is null. */
  static String json(StudyOptions options, List<CoverageCase> cases, List<Coverage> rows) {
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("seeds", options.seeds());
    o.put("firstSeed", options.firstSeed());
    o.put("replications", options.replications());
    o.put("cases", options.cases());
    o.put("start", options.start() == null ? "case" : options.start().word());
    root.put("options", o);
    List<Object> caseList = new ArrayList<>();
    for (CoverageCase c : cases) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", c.id());
      m.put("description", c.description());
      m.put("start", c.start().word());
      m.put("startUsed", options.startOf(c).word());
      m.put("scenario", c.text(options.startOf(c)));
      List<Object> figures = new ArrayList<>();
      for (Figure f : c.figures()) {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("scope", f.scope());
        fm.put("name", f.name());
        fm.put("exact", f.exact());
        fm.put("unit", f.unit());
        fm.put("range", f.range().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        fm.put("certain", f.certain());
        fm.put("formula", f.formula());
        figures.add(fm);
      }
      m.put("figures", figures);
      caseList.add(m);
    }
    root.put("cases", caseList);
    List<Object> rowList = new ArrayList<>();
    for (Coverage row : rows) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("case", row.coverageCase().id());
      m.put("scope", row.figure().scope());
      m.put("name", row.figure().name());
      m.put("replications", row.replications());
      m.put("seeds", row.seeds());
      m.put("reported", row.reported());
      m.put("covered", row.covered());
      m.put("coverage", row.rate());
      double[] w = row.wilson();
      m.put("wilsonLow", w[0]);
      m.put("wilsonHigh", w[1]);
      m.put("exact", row.figure().exact());
      m.put("estimates", row.estimates());
      m.put("estimateMean", number(row.estimateMean()));
      m.put("relativeBias", number(row.relativeBias()));
      m.put("relativeBiasError", number(row.relativeBiasError()));
      m.put("zeroWidth", row.zeroWidth());
      m.put("outOfRange", row.outOfRange());
      m.put("missing", row.missing());
      m.put("oneSided", row.oneSided());
      rowList.add(m);
    }
    root.put("rows", rowList);
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Text for a table cell: a '|' would end the cell. */
  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  private static Object number(double x) {
    if (Double.isNaN(x)) {
      return null;
    }
    return Double.isInfinite(x) ? (x > 0 ? "Infinity" : "-Infinity") : (Object) x;
  }

  /** ok, LOW or HIGH against 93–97 %; "certain" for a figure that cannot vary. */
  private static String target(Coverage row) {
    if (row.figure().certain()) {
      return "certain";
    }
    return row.onTarget() ? "ok" : row.rate() < 0.93 ? "LOW" : "HIGH";
  }

  /** "+1.23 % ± 0.40", the standard error of the mean estimate beside it. */
  private static String bias(Coverage row) {
    double b = row.relativeBias();
    if (Double.isNaN(b)) {
      return "—";
    }
    if (Double.isInfinite(b)) {
      return b > 0 ? "+∞" : "−∞";
    }
    String se = Double.isFinite(row.relativeBiasError())
        ? " ± " + percent(row.relativeBiasError(), false) : "";
    return percent(b, true) + " %" + se;
  }

  /** A share in per cent: two decimals, or two significant digits below 0.01 %. */
  private static String percent(double share, boolean signed) {
    double x = 100 * share;
    String sign = signed ? "+" : "";
    return x == 0 || Math.abs(x) >= 0.01 ? String.format(Locale.ROOT, "%" + sign + ".2f", x)
        : String.format(Locale.ROOT, "%" + sign + ".1e", x);
  }

  /** The exact value with its unit; times also in hours or milliseconds where that reads better. */
  private static String exact(Figure f) {
    String value = String.format(Locale.ROOT, "%.6g", f.exact());
    if (!f.unit().equals("s")) {
      return f.unit().equals("1") ? value : value + " " + f.unit();
    }
    double x = f.exact();
    String readable = x >= 3600 ? String.format(Locale.ROOT, " (%.4g h)", x / 3600)
        : x < 1 ? String.format(Locale.ROOT, " (%.4g ms)", x * 1000) : "";
    return value + " s" + readable;
  }
}
