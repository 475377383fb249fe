package dev.nines.scenarios;

import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.detectors.Detector;
import dev.nines.models.start.Start;
import dev.nines.models.structure.Structure;
import dev.nines.models.traffic.Fault;
import dev.nines.models.traffic.Traffic;
import dev.nines.scenarios.yaml.MapNode;
import dev.nines.simulator.Durations;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario as read from its file, before the semantic checks: every field is located, and a field
 * that could not be read is null (its problem is already reported). Groups, crews and detectors hold only those
 * read without problems; {@code structure} is null when it could not be read.
 *
 * @param traffic the request-level part, or null when absent or when it had a problem
 * @param faults the scripted faults read without problems, each located at its {@code at}
 */
record ScenarioSpec(
    MapNode root,
    String name,
    String description,
    Located<Long> seed,
    Located<Double> horizon,
    Located<Double> warmup,
    Located<Start> start,
    Located<Integer> replications,
    Located<Double> confidence,
    List<ComponentGroup> groups,
    List<Crew> crews,
    List<Detector> detectors,
    Structure structure,
    Traffic traffic,
    List<Located<Fault>> faults) {

  /** This spec with the command-line overrides applied. */
  ScenarioSpec with(Overrides overrides) {
    Located<Long> s = seed;
    Located<Integer> r = replications;
    Located<Double> h = horizon;
    if (overrides.seed() != null) {
      s = Located.override(overrides.seed(), "seed", String.valueOf(overrides.seed()), "--seed");
    }
    if (overrides.replications() != null) {
      r = Located.override(overrides.replications(), "replications",
          String.valueOf(overrides.replications()), "--replications");
    }
    if (overrides.horizon() != null) {
      h = Located.override(overrides.horizon(), "horizon", Durations.format(overrides.horizon()),
          "--horizon");
    }
    return new ScenarioSpec(root, name, description, s, h, warmup, start, r, confidence, groups,
        crews, detectors, structure, traffic, faults);
  }

  /**
   * The detectors as the model takes them: the traffic's {@code health} detector also watches the
   * servers' group, so that its figures cover them.
   */
  List<Detector> modelDetectors() {
    if (traffic == null || traffic.health() == null) {
      return detectors;
    }
    List<Detector> result = new ArrayList<>();
    for (Detector d : detectors) {
      if (d.name().equals(traffic.health()) && !d.monitors().contains(traffic.servers())) {
        List<String> monitors = new ArrayList<>(d.monitors());
        monitors.add(traffic.servers());
        d = new Detector(d.name(), d.heartbeat(), monitors);
      }
      result.add(d);
    }
    return result;
  }
}
