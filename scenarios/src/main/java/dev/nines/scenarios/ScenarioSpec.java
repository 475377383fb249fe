package dev.nines.scenarios;

import dev.nines.models.ComponentGroup;
import dev.nines.models.Crew;
import dev.nines.models.detectors.Detector;
import dev.nines.models.structure.Structure;
import dev.nines.scenarios.yaml.MapNode;
import dev.nines.simulator.Durations;
import java.util.List;

/**
 * A scenario as read from its file, before the semantic checks: every field is located, and a field
 * that could not be read is null (its problem is already reported). Groups, crews and detectors hold only those
 * read without problems; {@code structure} is null when it could not be read.
 */
record ScenarioSpec(
    MapNode root,
    String name,
    String description,
    Located<Long> seed,
    Located<Double> horizon,
    Located<Double> warmup,
    Located<Integer> replications,
    Located<Double> confidence,
    List<ComponentGroup> groups,
    List<Crew> crews,
    List<Detector> detectors,
    Structure structure) {

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
    return new ScenarioSpec(root, name, description, s, h, warmup, r, confidence, groups, crews,
        detectors, structure);
  }
}
