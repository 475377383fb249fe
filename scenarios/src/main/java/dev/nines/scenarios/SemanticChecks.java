package dev.nines.scenarios;

import dev.nines.models.traffic.Fault;
import dev.nines.simulator.Durations;

/**
 * The checks that relate fields to each other or to the overrides, run after the overrides are
 * applied: the horizon is given and positive, the warm-up ends before it, every scripted fault
 * happens before it, there are at least two replications, the confidence lies in (0, 1), the
 * run's size in memory is within reason ({@link SizeChecks}) and so is its expected number of
 * events (both unless forced). A problem caused by an override says so.
 */
final class SemanticChecks {

  /** Above this many expected events a run is refused: it would take hours. */
  static final double MAX_EVENTS = ScenarioLoader.MAX_EVENTS;

  private SemanticChecks() {}

  /** @param force skip the limit on the expected number of events ({@code --force}) */
  static void check(ScenarioSpec spec, Problems problems, boolean force) {
    boolean horizonOk = horizon(spec, problems);
    if (horizonOk) {
      faults(spec, problems);
    }
    if (horizonOk && spec.warmup() != null && !(spec.warmup().value() < spec.horizon().value())) {
      Located<Double> w = spec.warmup();
      problems.report(w.at(), w.path(), "the warm-up (" + w.shown()
          + ") must be shorter than the horizon (" + spec.horizon().describe() + ")",
          "shorten the warm-up or lengthen the horizon");
    }
    Located<Integer> r = spec.replications();
    boolean replicationsOk = r != null && r.value() >= 2;
    if (r != null && !replicationsOk) {
      problems.report(r.at(), r.path(), "replications must be at least 2, got " + r.shown() + r.from(),
          "confidence intervals need two or more replications; 30 is usual");
    }
    Located<Double> c = spec.confidence();
    if (c != null && !(c.value() > 0 && c.value() < 1)) {
      String hint = c.value() > 1 && c.value() < 100
          ? "write it as a fraction: " + Durations.number(c.value() / 100) + " for " + c.shown() + " %"
          : "e.g. 0.95";
      problems.report(c.at(), c.path(), "confidence must lie between 0 and 1 (exclusive), got "
          + c.shown(), hint);
    }
    int before = problems.count();
    SizeChecks.check(spec, problems, force);
    boolean sized = problems.count() == before; // a size already refused says enough
    if (horizonOk && replicationsOk && sized && !force) {
      events(spec, problems);
    }
  }

  /** A fault at or after the horizon would never happen: it is surely a mistake. */
  private static void faults(ScenarioSpec spec, Problems problems) {
    Located<Double> h = spec.horizon();
    for (Located<Fault> f : spec.faults()) {
      if (f.value().at() >= h.value()) {
        problems.report(f.at(), f.path(), "the fault at " + f.shown()
                + " never happens within the horizon " + h.shown() + h.from(),
            "move it before the horizon, or lengthen the horizon");
      }
    }
  }

  /** Reports a missing or non-positive horizon; true when the horizon is usable. */
  private static boolean horizon(ScenarioSpec spec, Problems problems) {
    Located<Double> h = spec.horizon();
    if (h == null) {
      if (!spec.root().has("horizon")) {
        problems.report(spec.root().at(), "horizon", "missing required field 'horizon'",
            "the simulated time per replication, e.g. horizon: 100y");
      }
      return false;
    }
    if (!(h.value() > 0) || Double.isInfinite(h.value())) {
      problems.report(h.at(), h.path(), "the horizon must be positive and finite, got "
          + h.shown() + h.from(), "e.g. horizon: 100y");
      return false;
    }
    return true;
  }

  /** Refuses a run expected to take hours or more memory than this JVM has (unless forced). */
  private static void events(ScenarioSpec spec, Problems problems) {
    Workload work = Workload.of(spec);
    double events = Double.isNaN(work.events()) ? Double.POSITIVE_INFINITY : work.events();
    Located<Double> h = spec.horizon();
    String origin = h.origin() != null ? h.from() : spec.replications().from();
    String run = spec.replications().shown() + " replications of " + h.shown();
    if (!(work.events() <= MAX_EVENTS)) { // NaN too: rates so large the estimate overflows
      problems.report(h.at(), h.path(),
          "this run would simulate about " + Durations.number(events) + " events ("
              + run + "), more than the limit of " + Durations.number(MAX_EVENTS) + origin,
          "shorten the horizon, use fewer replications, or run it anyway with --force");
      return;
    }
    long available = Runtime.getRuntime().maxMemory();
    double needed = work.bytes(Runtime.getRuntime().availableProcessors());
    if (needed > Workload.USABLE * available) {
      problems.report(h.at(), h.path(),
          "this run would need about " + Workload.format(needed) + " of memory (" + run + ", "
              + Durations.number(work.units()) + " units), more than the "
              + Workload.format(available) + " this Java may use" + origin,
          "use fewer units, replications or a shorter horizon, give Java more memory "
              + "(JAVA_TOOL_OPTIONS=-Xmx16g), or run it anyway with --force");
    }
  }
}
