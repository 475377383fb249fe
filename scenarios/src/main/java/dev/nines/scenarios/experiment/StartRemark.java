package dev.nines.scenarios.experiment;

import dev.nines.models.ComponentGroup;
import dev.nines.models.start.Start;
import dev.nines.scenarios.Scenario;
import dev.nines.simulator.Durations;
import java.util.Locale;

/**
 * What a reader must know about how a run's units started, in one line, or null: a stationary
 * start that is only approximate says why; a start from new says how much its start-up transient
 * can bias the time averages when the horizon is short against the repairs. From new, a system's
 * unavailability climbs from 0 to its steady state over a few repair times, so a time average over
 * an observed window T falls short of it by about (slowest mean repair) / T of itself; the remark
 * appears when that exceeds 0.1 %, and names {@code start: stationary}, which removes it.
 */
public final class StartRemark {

  /** Below this relative bias the start from new is not worth a remark. */
  static final double WORTH_SAYING = 1e-3;

  private StartRemark() {}

  public static String of(Scenario scenario) {
    if (scenario.start() == Start.STATIONARY) {
      String approximation = scenario.startApproximation();
      return approximation == null ? null
          : "start: stationary is approximate here: " + approximation;
    }
    double slowest = 0;
    for (ComponentGroup group : scenario.system().groups()) {
      if (group.fails() && !group.isMarkov()) {
        slowest = Math.max(slowest, group.repair().mean());
      }
    }
    double share = slowest / scenario.observed();
    if (!scenario.faults().isEmpty() || !(share > WORTH_SAYING)) {
      return null;
    }
    return String.format(Locale.ROOT, "units start new: over this window, time averages such as "
        + "unavailability can fall short of the steady state by about %s %% of themselves "
        + "(slowest mean repair %s / window %s); start: stationary removes that bias",
        Durations.number(100 * Math.min(1, share)), Durations.format(slowest),
        Durations.format(scenario.observed()));
  }
}
