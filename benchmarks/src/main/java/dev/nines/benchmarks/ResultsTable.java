package dev.nines.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Turns one JMH run's JSON results into the README's tables, each figure beside its peer's from the
 * same run and the ratio, so the tables are never typed by hand.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.nines.benchmarks.ResultsTable
 * benchmarks/results/jmh.json}.
 */
public final class ResultsTable {

  private final JsonNode results;
  private final PrintStream out;

  private ResultsTable(JsonNode results, PrintStream out) {
    this.results = results;
    this.out = out;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ResultsTable JMH_RESULTS.json");
      System.exit(2);
    }
    JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    ResultsTable table = new ResultsTable(results, System.out);
    table.mm1();
    table.hold();
    table.scenarios();
    table.scaling();
    table.ctmc();
  }

  private void mm1() {
    JsonNode ssj = find("Mm1Benchmark.ssj", p -> true);
    JsonNode minimal = find("Mm1Benchmark.minimalHeap", p -> true);
    if (ssj == null || minimal == null) {
      return;
    }
    out.println("**M/M/1**, λ = 0.9, μ = 1, 10^7 customers, one thread (`Mm1Benchmark`):");
    out.println();
    out.println("| engine | events/s | B/event | × SSJ | × minimal loop |");
    out.println("|---|---:|---:|---:|---:|");
    String[][] rows = {
        {"nines (`Simulation`, named streams, cancellable handles)", "nines"},
        {"minimal loop, primitive 4-ary heap, SplittableRandom", "minimalHeap"},
        {"same loop, `java.util.PriorityQueue` of event objects", "priorityQueue"},
        {"SSJ 3.3.1, splay tree, MRG32k3a, reused events", "ssj"}};
    for (String[] row : rows) {
      JsonNode r = find("Mm1Benchmark." + row[1], p -> true);
      if (r != null) {
        double score = score(r);
        out.printf(Locale.ROOT, "| %s | %s | %s | %.2f | %.2f |%n", row[0], millions(r),
            allocation(r), score / score(ssj), score / score(minimal));
      }
    }
    out.println();
  }

  private void hold() {
    out.println("**Hold model** (pop the earliest of n, schedule one at its time + Exp(1); ns per "
        + "pop and schedule, lower is better; `CalendarBenchmark`):");
    out.println();
    out.println("| n | nines `EventCalendar` | B/op | `PriorityQueue` | B/op | × PriorityQueue "
        + "| SSJ's best list | × SSJ |");
    out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String n : new String[] {"1000", "100000", "1000000"}) {
      JsonNode nines = find("CalendarBenchmark.eventCalendarHold", p -> n.equals(p.path("n").asText()));
      JsonNode queue = find("CalendarBenchmark.priorityQueueHold", p -> n.equals(p.path("n").asText()));
      JsonNode ssj = null;
      for (JsonNode r : results) {
        if (r.path("benchmark").asText().endsWith("CalendarBenchmark.ssjHold")
            && n.equals(r.path("params").path("n").asText())
            && (ssj == null || score(r) < score(ssj))) {
          ssj = r;
        }
      }
      if (nines == null || queue == null) {
        continue;
      }
      out.printf(Locale.ROOT, "| %,d | %s | %s | %s | %s | %.1f | %s | %.1f |%n",
          Integer.parseInt(n), withError(nines), allocation(nines), withError(queue),
          allocation(queue), score(queue) / score(nines),
          ssj == null ? "-" : withError(ssj) + " (" + ssj.path("params").path("list").asText() + ")",
          ssj == null ? Double.NaN : score(ssj) / score(nines));
    }
    out.println();
  }

  private void scenarios() {
    out.println("**Realistic scenarios**, one replication at a time, one thread "
        + "(`ScenarioBenchmark`):");
    out.println();
    out.println("| scenario | wall time per replication | events per replication | events/s |");
    out.println("|---|---:|---:|---:|");
    for (String name : new String[] {"thousand-units", "hundred-servers"}) {
      JsonNode r = find("ScenarioBenchmark.replicate", p -> name.equals(p.path("scenario").asText()));
      if (r == null) {
        continue;
      }
      double perSecond = score(r);
      double events = r.path("secondaryMetrics").path("events").path("score").asDouble();
      out.printf(Locale.ROOT, "| `%s` | %s | %,.0f | %.1f M |%n", name, duration(1 / perSecond),
          events / perSecond, events / 1e6);
    }
    out.println();
  }

  private void scaling() {
    JsonNode one = find("ScalingBenchmark.run", p -> "1".equals(p.path("threads").asText()));
    JsonNode two = find("ScalingBenchmark.run", p -> "2".equals(p.path("threads").asText()));
    if (one == null || two == null) {
      return;
    }
    out.printf(Locale.ROOT, "**Threads**: `thousand-units`, 40 replications (`ScalingBenchmark`): "
        + "1 thread %s ms, 2 threads %s ms, speed-up %.2f×.%n%n", withError(one), withError(two),
        score(one) / score(two));
  }

  private void ctmc() {
    out.println("**CTMC, states against seconds** (`CtmcScalingBenchmark`, the chain of "
        + "`CtmcBenchmark` scaled, crew scaled with it):");
    out.println();
    out.println("| units per group | states | build | `SteadyState.solve` |");
    out.println("|---:|---:|---:|---:|");
    for (String units : new String[] {"31", "100", "316", "1000", "1413"}) {
      JsonNode build = find("CtmcScalingBenchmark.build", p -> units.equals(p.path("units").asText()));
      JsonNode solve = find("CtmcScalingBenchmark.solve", p -> units.equals(p.path("units").asText()));
      if (build == null || solve == null) {
        continue;
      }
      int u = Integer.parseInt(units);
      out.printf(Locale.ROOT, "| %,d | %,d | %s ms | %s ms |%n", u, (u + 1) * (u + 1),
          withError(build), withError(solve));
    }
    out.println();
  }

  private JsonNode find(String suffix, Predicate<JsonNode> params) {
    for (JsonNode r : results) {
      if (r.path("benchmark").asText().endsWith(suffix) && params.test(r.path("params"))) {
        return r;
      }
    }
    return null;
  }

  private static double score(JsonNode r) {
    return r.path("primaryMetric").path("score").asDouble();
  }

  private static String millions(JsonNode r) {
    return String.format(Locale.ROOT, "%.1f M ± %.1f", score(r) / 1e6,
        r.path("primaryMetric").path("scoreError").asDouble() / 1e6);
  }

  private static String withError(JsonNode r) {
    double error = r.path("primaryMetric").path("scoreError").asDouble();
    String format = score(r) >= 100 ? "%.0f" : "%.1f";
    return Double.isNaN(error) || error == 0 ? String.format(Locale.ROOT, format, score(r))
        : String.format(Locale.ROOT, format + " ± " + format, score(r), error);
  }

  private static String allocation(JsonNode r) {
    JsonNode norm = r.path("secondaryMetrics").path("gc.alloc.rate.norm");
    return norm.isMissingNode() ? "-" : String.format(Locale.ROOT, "%.0f",
        norm.path("score").asDouble());
  }

  private static String duration(double seconds) {
    return seconds >= 1 ? String.format(Locale.ROOT, "%.2f s", seconds)
        : String.format(Locale.ROOT, "%.1f ms", seconds * 1e3);
  }
}
