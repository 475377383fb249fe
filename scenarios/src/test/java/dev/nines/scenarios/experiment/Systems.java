package dev.nines.scenarios.experiment;

import dev.nines.models.ComponentGroup;
import dev.nines.models.SystemModel;
import dev.nines.models.distributions.Distribution;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.structure.Structure;
import dev.nines.scenarios.Scenario;
import dev.nines.simulator.Durations;
import java.util.List;

/** Small systems built in code for the experiment tests. */
final class Systems {

  static final double HOUR = Durations.HOUR;
  static final double YEAR = Durations.YEAR;

  private Systems() {}

  static ComponentGroup group(String name, int count, Distribution failure, Distribution repair) {
    return new ComponentGroup(name, count, failure, repair);
  }

  static ComponentGroup exponential(String name, int count, double mttfHours, double mttrHours) {
    return group(name, count, new Exponential(mttfHours * HOUR), new Exponential(mttrHours * HOUR));
  }

  static Scenario scenario(long seed, double horizonYears, int replications, double confidence,
      SystemModel system) {
    return new Scenario("test", "", seed, horizonYears * YEAR, 0, replications, confidence,
        system, "test");
  }

  static Scenario scenario(long seed, double horizonYears, int replications, double confidence,
      Structure structure, ComponentGroup... groups) {
    return new Scenario("test", "", seed, horizonYears * YEAR, 0, replications, confidence,
        new SystemModel(List.of(groups), structure), "test");
  }
}
