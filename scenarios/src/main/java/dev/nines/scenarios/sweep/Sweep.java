package dev.nines.scenarios.sweep;

import dev.nines.scenarios.Overrides;
import dev.nines.scenarios.Problem;
import dev.nines.scenarios.Scenario;
import dev.nines.scenarios.ScenarioException;
import dev.nines.scenarios.ScenarioLoader;
import dev.nines.scenarios.Suggestions;
import dev.nines.scenarios.experiment.Diagnostics;
import dev.nines.scenarios.experiment.ExperimentResult;
import dev.nines.scenarios.experiment.Method;
import dev.nines.scenarios.experiment.MethodChoice;
import dev.nines.scenarios.experiment.MethodFigures;
import dev.nines.scenarios.experiment.MethodUnavailable;
import dev.nines.scenarios.experiment.MetricResult;
import dev.nines.scenarios.experiment.Precision;
import dev.nines.scenarios.experiment.ReplicationRunner;
import dev.nines.scenarios.experiment.RunLoop;
import dev.nines.scenarios.experiment.RunMethods;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * {@code nines sweep}: the scenario at every point of a grid of designs, each on the same random
 * numbers (replication i of every point draws from the same streams, DESIGN.md §2), so neighbouring
 * points differ by the design and not by noise. Each point is judged against the targets and
 * priced; the best is the cheapest point that meets every target.
 *
 * <p>Each point runs with the method {@link RunMethods#plan} gives its own scenario, as
 * {@code nines run} would ({@link #plan}): with {@code --method auto}, importance sampling where
 * fewer than one system failure per replication is expected and plain simulation elsewhere, so a
 * sweep over replica counts may take both.
 *
 * @param text the scenario file's text
 * @param file its name, for problems
 * @param overrides the command line's seed, replications, horizon
 * @param precision run more replications (doubling them, {@link RunLoop#nextBoundary}) until the
 *     interval of the first target's figure (without a target: the system's unavailability) meets
 *     this goal; null for a fixed count
 * @param maxReplications the most replications a point may take with a precision
 * @param method the method asked ({@code --method}); {@link Method#AUTO} chooses at each point
 */
public record Sweep(String text, String file, Overrides overrides, List<Parameter> parameters,
    List<Target> targets, Cost cost, Precision precision, int maxReplications, Method method) {

  public Sweep {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(method, "method");
    parameters = List.copyOf(parameters);
    targets = List.copyOf(targets);
    if (parameters.isEmpty()) {
      throw new IllegalArgumentException("give at least one --set PATH=VALUES");
    }
    if (precision != null && maxReplications < 2) {
      throw new IllegalArgumentException("--max-replications must be at least 2, got "
          + maxReplications);
    }
    long paths = parameters.stream().map(Parameter::path).distinct().count();
    if (paths != parameters.size()) {
      throw new IllegalArgumentException("a path is set twice; give each --set path once");
    }
  }

  /** A sweep whose method nines chooses at each point ({@code --method auto}). */
  public Sweep(String text, String file, Overrides overrides, List<Parameter> parameters,
      List<Target> targets, Cost cost, Precision precision, int maxReplications) {
    this(text, file, overrides, parameters, targets, cost, precision, maxReplications,
        Method.AUTO);
  }

  /** A sweep with an absolute precision (a half-width), or none for NaN; method auto. */
  public Sweep(String text, String file, Overrides overrides, List<Parameter> parameters,
      List<Target> targets, Cost cost, double precision, int maxReplications) {
    this(text, file, overrides, parameters, targets, cost,
        Double.isNaN(precision) ? null : Precision.absolute(precision), maxReplications);
  }

  /**
   * The method of a point and its runner: {@link RunMethods#plan} of the point's scenario with the
   * method asked, as {@code nines run} of that scenario would choose. Where importance sampling
   * is chosen but does not give a figure a target names (a group's or the traffic's), auto takes
   * plain simulation instead and says why, as {@code run} does when importance sampling cannot run
   * a scenario; a method named cannot run the point.
   *
   * @throws MethodUnavailable when the method named cannot run the point
   */
  public RunMethods.Plan plan(Point point) throws ScenarioException, MethodUnavailable {
    Scenario scenario = scenario(point, overrides);
    RunMethods.Plan plan = RunMethods.plan(method, scenario, Map.of(), false);
    MethodChoice choice = plan.choice();
    for (Target target : targets) {
      String missing = MethodFigures.missing(choice.method(), scenario, target.scope(),
          target.metric());
      if (missing == null) {
        continue;
      }
      missing += ", which --target " + target.text() + " asks for";
      if (method != Method.AUTO) {
        throw new MethodUnavailable(method, missing);
      }
      return new RunMethods.Plan(new MethodChoice(Method.CRUDE, choice.expectedFailures(),
          choice.why() + "; " + (choice.method() == Method.IMPORTANCE ? "importance sampling"
              : choice.method().text()) + " cannot run it: " + missing),
          RunMethods.runner(Method.CRUDE, scenario, Map.of(), false));
    }
    return plan;
  }

  /** The points of the grid. */
  public List<Point> points() {
    return Point.grid(parameters);
  }

  /**
   * Loads the scenario at a point.
   *
   * @throws ScenarioException when the value makes the scenario invalid elsewhere (located in the
   *     file)
   * @throws IllegalArgumentException when a path does not lead into the scenario, or the field
   *     does not take the value ({@link #scenario(Map, Overrides)})
   */
  public Scenario scenario(Point point, Overrides with) throws ScenarioException {
    return scenario(point.texts(), with);
  }

  /**
   * Loads the scenario with the given values, as written, by path. A problem at a field the sweep
   * sets is the {@code --set}'s, not the file's (its line and column would point at the value the
   * file holds, which the sweep replaced), so it is reported as a bad option value, as a bad
   * {@code --replications} is.
   *
   * @throws IllegalArgumentException {@code --set PATH=VALUE: problem}, then a line with a hint
   */
  Scenario scenario(Map<String, String> set, Overrides with) throws ScenarioException {
    try {
      return ScenarioLoader.parse(text, file, with, set);
    } catch (ScenarioException e) {
      for (Problem problem : e.problems()) {
        for (Map.Entry<String, String> field : set.entrySet()) {
          String path = field.getKey();
          if (problem.path().equals(path) || problem.path().startsWith(path + ".")) {
            throw new IllegalArgumentException("--set " + path + "=" + field.getValue() + ": "
                + (problem.path().equals(path) ? "" : problem.path() + ": ") + problem.message()
                + "\n  hint: " + (problem.hint() != null ? problem.hint()
                    : "write each value as the scenario file would write " + path
                        + ", in a list (1,2,3) or range (2..8) of them"));
          }
        }
      }
      throw e;
    }
  }

  /**
   * Runs one point on this machine: the scenario's replications, or with a precision as many as it
   * takes (up to the maximum).
   */
  public PointResult run(Point point, int threads) throws ScenarioException {
    return run(List.of(point), Replicator.threads(threads), r -> { }).get(0);
  }

  /** The point's verdict and cost from its figures, made with {@code method}. */
  public PointResult judge(Point point, int replications, List<MetricResult> metrics,
      MethodChoice method) {
    return judge(point, replications, metrics).withMethod(method);
  }

  /** The point's verdict and cost from its figures. */
  public PointResult judge(Point point, int replications, List<MetricResult> metrics) {
    Boolean meets = targets.isEmpty() ? null : Boolean.TRUE;
    for (Target target : targets) {
      MetricResult m = find(metrics, target);
      Boolean verdict = target.decide(m.mean(), m.low(), m.high());
      if (Boolean.FALSE.equals(verdict)) {
        meets = false;
        break;
      }
      if (verdict == null) {
        meets = null;
      }
    }
    return new PointResult(point, replications, metrics, meets, price(point));
  }

  /**
   * The cost of a point; NaN without a cost.
   *
   * @throws IllegalArgumentException when the cost reads a value that is not a number
   */
  public double price(Point point) {
    return cost == null ? Double.NaN : cost.evaluate(path -> value(point, path));
  }

  /**
   * Runs every point of {@code points} on this machine, in order, telling {@code done} of each as
   * it finishes.
   */
  public List<PointResult> run(List<Point> points, int threads, Consumer<PointResult> done)
      throws ScenarioException {
    return run(points, Replicator.threads(threads), done);
  }

  /**
   * Runs every point of {@code points}, handing the replicator {@link Replicator#points()} points
   * at a time, and tells {@code done} of each point in the order of {@code points} as soon as it
   * and every point before it have finished. Each point runs with the method of {@link #plan}.
   *
   * <p>A point's replications run in rounds: first the scenario's count, then, with a precision,
   * as many again (replications n..2n-1, the same ones a run of 2n would draw) until the first
   * target's figure (without a target, the system's unavailability) meets the precision or the
   * maximum is reached: the batches of {@code nines run --precision}.
   *
   * @throws IllegalArgumentException when the method named cannot run a point ({@link #plan})
   */
  public List<PointResult> run(List<Point> points, Replicator replicator,
      Consumer<PointResult> done) throws ScenarioException {
    List<PointResult> results = new ArrayList<>();
    int batch = Math.max(1, replicator.points());
    for (int start = 0; start < points.size(); start += batch) {
      List<Point> some = points.subList(start, Math.min(points.size(), start + batch));
      runTogether(some, replicator, r -> {
        results.add(r);
        done.accept(r);
      });
    }
    return results;
  }

  private void runTogether(List<Point> points, Replicator replicator, Consumer<PointResult> done)
      throws ScenarioException {
    int n = points.size();
    List<PointRun<?>> runs = new ArrayList<>();
    for (Point point : points) {
      RunMethods.Plan plan;
      try {
        plan = plan(point);
      } catch (MethodUnavailable e) {
        throw new IllegalArgumentException("at " + point.label() + ": " + e.getMessage(), e);
      }
      runs.add(PointRun.of(point, plan.choice(), plan.runner(),
          scenario(point, overrides).replications()));
    }
    PointResult[] finished = new PointResult[n];
    int next = 0;
    while (next < n) {
      List<Block> blocks = new ArrayList<>();
      List<Integer> owners = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (finished[i] == null) {
          PointRun<?> run = runs.get(i);
          blocks.add(new Block(run.point.index(), run.point.texts(), run.size(), run.want,
              run.choice.method()));
          owners.add(i);
        }
      }
      List<List<?>> got = replicator.replicate(this, blocks);
      for (int k = 0; k < blocks.size(); k++) {
        int i = owners.get(k);
        PointRun<?> run = runs.get(i);
        run.add(got.get(k));
        Scenario scenario = scenario(run.point, withReplications(run.want));
        ExperimentResult result = run.summarize(scenario);
        if (precision == null || precise(result) || run.want >= maxReplications) {
          finished[i] = judge(run.point, run.want, result.metrics(), run.choice);
        } else {
          run.want = RunLoop.nextBoundary(run.want, run.want, maxReplications);
        }
      }
      while (next < n && finished[next] != null) {
        done.accept(finished[next++]);
      }
    }
  }

  /**
   * A point on its way: its method, the runner of it, what its replications yielded so far (in
   * replication order) and how many it wants by the end of this round.
   */
  private static final class PointRun<R> {
    final Point point;
    final MethodChoice choice;
    final ReplicationRunner<R> runner;
    final List<R> have = new ArrayList<>();
    int want;

    private PointRun(Point point, MethodChoice choice, ReplicationRunner<R> runner, int want) {
      this.point = point;
      this.choice = choice;
      this.runner = runner;
      this.want = want;
    }

    static <R> PointRun<R> of(Point point, MethodChoice choice, ReplicationRunner<R> runner,
        int want) {
      return new PointRun<>(point, choice, runner, want);
    }

    int size() {
      return have.size();
    }

    /**
     * Adds a block's replications: they came from a block of this point's method, whose runner
     * yields what this one does.
     */
    @SuppressWarnings("unchecked")
    void add(List<?> replications) {
      for (Object r : replications) {
        have.add((R) r);
      }
    }

    ExperimentResult summarize(Scenario scenario) {
      return runner.summarize(scenario, have);
    }
  }

  private Overrides withReplications(int replications) {
    return new Overrides(overrides.seed(), replications, overrides.horizon(), overrides.force());
  }

  /**
   * The cheapest point that meets every target (the earliest in the grid among equals, or the
   * earliest meeting one without a cost); null when none meets them or there is no target.
   */
  public static PointResult best(List<PointResult> results) {
    return results.stream().filter(r -> Boolean.TRUE.equals(r.meets()))
        .min(Comparator.comparingDouble((PointResult r) -> Double.isNaN(r.cost()) ? 0 : r.cost())
            .thenComparingInt(r -> r.point().index()))
        .orElse(null);
  }

  /**
   * The value of a path at a point: the swept value, or the number the scenario file holds there
   * (for a cost over a field that is not swept).
   */
  double value(Point point, String path) {
    Value v = point.set().get(path);
    if (v != null && !v.isNumber()) {
      throw new IllegalArgumentException("--cost reads " + path + ", whose value " + v.text()
          + " is not a number; a cost reads numbers, durations (in seconds) and rates (per "
          + "second)");
    }
    if (v != null) {
      return v.number();
    }
    return dev.nines.scenarios.ScenarioPaths.number(text, path);
  }

  /**
   * The figure a target speaks of, which every point must have.
   *
   * @throws IllegalArgumentException when there is none, with the closest figure's target
   *     ("did you mean") or the figures of the scope, after a line break and "  hint: "
   */
  public static MetricResult find(List<MetricResult> metrics, Target target) {
    return metrics.stream()
        .filter(m -> m.scope().equals(target.scope()) && m.name().equals(target.metric()))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("--target " + target.text() + ": the "
            + "scenario has no figure " + target.metric() + " in scope " + target.scope()
            + "\n  hint: " + unknownFigureHint(metrics, target)));
  }

  private static String unknownFigureHint(List<MetricResult> metrics, Target target) {
    List<String> figures = metrics.stream().map(m -> m.scope() + "." + m.name()).distinct()
        .toList();
    String corrected = target.corrected(figures);
    if (corrected != null) {
      return "did you mean --target '" + corrected + "'?";
    }
    List<String> inScope = metrics.stream().filter(m -> m.scope().equals(target.scope()))
        .map(MetricResult::name).distinct().toList();
    return inScope.isEmpty()
        ? Suggestions.list("the scopes are", metrics.stream()
            .map(MetricResult::scope).distinct().toList())
        : Suggestions.list("the figures of " + target.scope() + " are",
            inScope);
  }

  /**
   * Whether the precision figure's interval meets the precision: the first target's figure, else
   * the system's unavailability. A relative goal judges a figure read from an unavailability
   * (availability, nines, ...) by that unavailability's relative error ({@link Diagnostics}). No
   * width, or no estimate (nothing failed), never meets it: more replications are needed to tell.
   */
  private boolean precise(ExperimentResult result) {
    MetricResult m = targets.isEmpty()
        ? result.metric(dev.nines.models.AvailabilitySimulation.SYSTEM, "unavailability")
        : find(result.metrics(), targets.get(0));
    Diagnostics d = m.diagnostics();
    if (precision.relative() && d != null) {
      double r = d.relativeError();
      return r > 0 && r <= precision.value();
    }
    return precision.met(m.mean(), m.low(), m.high());
  }

  /** The points not yet in {@code done}, by index, in grid order. */
  public static List<Point> remaining(List<Point> points, Map<Integer, PointResult> done) {
    return points.stream().filter(p -> !done.containsKey(p.index())).toList();
  }
}
