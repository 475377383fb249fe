package dev.nines.reports;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nines.scenarios.experiment.MetricResult;
import dev.nines.scenarios.sweep.Target;
import dev.nines.simulator.Durations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sweep's answer, read back from its {@code results.json}: which point meets the targets at the
 * least cost, its figures and intervals, how many points meet, miss or cannot yet tell, and every
 * point beside it. The points of one shard ({@code --shard I/N}) are fewer than the grid's, and
 * then the best is the best of this shard only, which the report says.
 *
 * @param parameters the swept paths, in the order of the grid
 * @param targets the targets as written in the document, such as {@code system.availability >= 0.9999}
 * @param cost the cost expression, or null without one
 * @param figures what each point is judged by: each target's figure, the system's availability
 *     without a target
 * @param points the points in the document, in grid order
 * @param best the index of the best point, or -1 when none meets the targets (or there is none)
 * @param gridSize how many points the whole sweep has (more than {@code points} for a shard)
 */
public record SweepAnswer(List<String> parameters, List<String> targets, String cost,
    List<Figure> figures, List<Point> points, int best, int gridSize) implements Answer {

  /** A figure a point is judged by. */
  public record Figure(String scope, String metric) {

    /** "system availability". */
    public String label() {
      return scope + " " + metric;
    }
  }

  /**
   * One point of the grid.
   *
   * @param set each swept path's value as written (a number without a trailing .0)
   * @param figures the point's figure for each of the answer's figures, null where missing
   * @param meets true when every target's interval meets it, false when one misses, null when
   *     undecided or without a target
   * @param cost its cost, NaN without one
   */
  public record Point(int index, Map<String, String> set, int replications,
      List<MetricResult> figures, Boolean meets, double cost) {

    public Point {
      set = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(set));
      figures = java.util.Collections.unmodifiableList(new ArrayList<>(figures));
    }

    /** "components.web.count = 6, crews.ops.size = 1". */
    public String label() {
      List<String> parts = new ArrayList<>();
      set.forEach((path, value) -> parts.add(path + " = " + value));
      return String.join(", ", parts);
    }

    /** "meets", "misses", "undecided", or "" without a target. */
    public String verdict(boolean targets) {
      return !targets ? "" : meets == null ? "undecided" : meets ? "meets" : "misses";
    }
  }

  public SweepAnswer {
    parameters = List.copyOf(parameters);
    targets = List.copyOf(targets);
    figures = List.copyOf(figures);
    points = List.copyOf(points);
  }

  /** The best point, or null. */
  public Point bestPoint() {
    return points.stream().filter(p -> p.index() == best).findFirst().orElse(null);
  }

  /** Whether these are the points of one shard, not the whole grid. */
  public boolean sharded() {
    return points.size() < gridSize;
  }

  /** How many points meet every target. */
  public long meeting() {
    return points.stream().filter(p -> Boolean.TRUE.equals(p.meets())).count();
  }

  /** How many points miss a target. */
  public long missing() {
    return points.stream().filter(p -> Boolean.FALSE.equals(p.meets())).count();
  }

  /** How many points cannot yet tell (with targets). */
  public long undecided() {
    return targets.isEmpty() ? 0 : points.stream().filter(p -> p.meets() == null).count();
  }

  /**
   * The headline: "Best design: P" (or "Best of this shard: P"), or why there is none.
   */
  public String headline() {
    Point b = bestPoint();
    if (targets.isEmpty()) {
      return "No target given: every point is listed, none is chosen";
    }
    if (b == null) {
      return sharded() ? "No point of this shard surely meets the targets"
          : "No point surely meets the targets";
    }
    return (sharded() ? "Best of this shard: " : "Best design: ") + b.label();
  }

  /**
   * Why: "the cheapest of the 2 points (of 10) whose intervals all meet T", or why none does; for
   * a shard, "(of 5 in this shard; the sweep has 10)" and that the other shards may hold a better
   * one.
   */
  public String why() {
    if (targets.isEmpty()) {
      return "give --target (and --cost) to have the cheapest design that meets them chosen";
    }
    String all = String.join(" and ", targets);
    String held = points.size() + (sharded() ? " in this shard; the sweep has " + gridSize : "");
    long meeting = meeting();
    StringBuilder why = new StringBuilder();
    if (bestPoint() == null) {
      why.append("none of the ").append(count(points.size(), "point", "points"))
          .append(sharded() ? " in this shard (the sweep has " + gridSize + ")" : "")
          .append(" has its whole interval on the right side of ").append(all);
      if (undecided() > 0) {
        why.append("; ").append(count(undecided(), "point is", "points are"))
            .append(" undecided: the interval straddles a target, or has no width because every"
                + " replication gave the same value; run more replications, a longer horizon, or"
                + " use --precision");
      }
    } else {
      why.append(meeting == 1 ? "the only one"
              : (cost == null ? "the first in the grid" : "the cheapest") + " of the "
                  + count(meeting, "point", "points"))
          .append(" (of ").append(held).append(") whose intervals all meet ").append(all);
    }
    if (sharded()) {
      why.append(bestPoint() == null ? "; the other shards may hold one"
          : "; the other shards may hold a better one").append(": nines merge joins them");
    }
    return why.toString();
  }

  /** "2 meet the targets, 3 miss, 5 undecided", leaving out the zeros. */
  public String tally() {
    List<String> parts = new ArrayList<>();
    parts.add(meeting() + " of " + (sharded() ? "the " + points.size() + " points of this shard"
        : points.size() + " points") + (meeting() == 1 ? " meets" : " meet")
        + (targets.size() == 1 ? " the target" : " the targets"));
    if (missing() > 0) {
      parts.add(missing() + " " + (missing() == 1 ? "misses" : "miss"));
    }
    if (undecided() > 0) {
      parts.add(undecided() + " undecided");
    }
    return String.join(", ", parts);
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** Reads the sweep's keys of a {@code results.json}. */
  static SweepAnswer read(JsonNode root) {
    List<String> parameters = new ArrayList<>();
    long grid = 1;
    for (JsonNode p : root.path("parameters")) {
      parameters.add(p.path("path").asText());
      grid *= Math.max(1, p.path("values").size());
    }
    List<String> targets = new ArrayList<>();
    List<Figure> figures = new ArrayList<>();
    for (JsonNode t : root.path("targets")) {
      targets.add(t.asText());
      Target target;
      try {
        target = Target.parse(t.asText());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("\"targets\": " + e.getMessage(), e);
      }
      Figure f = new Figure(target.scope(), target.metric());
      if (!figures.contains(f)) {
        figures.add(f);
      }
    }
    if (figures.isEmpty()) {
      figures.add(new Figure("system", "availability"));
    }
    JsonNode costNode = root.get("cost");
    String cost = costNode == null || costNode.isNull() ? null : costNode.asText();
    List<Point> points = new ArrayList<>();
    for (JsonNode p : root.path("points")) {
      points.add(point(p, figures));
    }
    JsonNode best = root.path("best");
    int bestIndex = best.isObject() ? best.path("index").asInt(-1) : -1;
    return new SweepAnswer(parameters, targets, cost, figures, points, bestIndex,
        (int) Math.min(Integer.MAX_VALUE, Math.max(grid, points.size())));
  }

  private static Point point(JsonNode p, List<Figure> figures) {
    int index = p.path("index").asInt(-1);
    Map<String, String> set = new LinkedHashMap<>();
    p.path("set").fields().forEachRemaining(e -> set.put(e.getKey(), e.getValue().isNumber()
        ? Durations.number(e.getValue().asDouble()) : e.getValue().asText()));
    List<MetricResult> metrics = ReportDocument.metrics(p, "point " + index);
    List<MetricResult> shown = new ArrayList<>();
    for (Figure f : figures) {
      shown.add(metrics.stream().filter(m -> m.scope().equals(f.scope())
          && m.name().equals(f.metric())).findFirst().orElse(null));
    }
    JsonNode meets = p.path("meets");
    JsonNode cost = p.get("cost");
    return new Point(index, set, p.path("replications").asInt(), shown,
        meets.isBoolean() ? meets.asBoolean() : null,
        cost == null || !cost.isNumber() ? Double.NaN : cost.asDouble());
  }
}
