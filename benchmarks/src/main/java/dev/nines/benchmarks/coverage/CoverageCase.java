package dev.nines.benchmarks.coverage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A scenario with exact answers: its YAML (without seed, replications or start, which the study
 * sets), the start its truths assume, the transient times to ask for, and each figure's exact
 * value.
 *
 * @param id short name, used to select cases ({@code --cases}) and in the table
 * @param description what the scenario is and how heavy one replication is
 * @param yaml the scenario text; it must not set {@code seed}, {@code replications} or {@code start}
 * @param start the start the exact values assume for time averages
 * @param at transient times, label to seconds (as {@code Experiment.run(scenario, threads, at)}
 *     takes them), in the order given; empty for none
 * @param figures the figures checked, each with its exact value
 */
public record CoverageCase(String id, String description, String yaml, Start start,
    Map<String, Double> at, List<Figure> figures) {

  public CoverageCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(start, "start");
    for (String field : List.of("seed:", "replications:", "start:")) {
      if (yaml.lines().anyMatch(line -> line.startsWith(field))) {
        throw new IllegalArgumentException(id + ": the study sets '" + field + "' itself");
      }
    }
    at = Collections.unmodifiableMap(new LinkedHashMap<>(at));
    figures = List.copyOf(figures);
  }

  /** A case without transient times. */
  CoverageCase(String id, String description, String yaml, Start start, List<Figure> figures) {
    this(id, description, yaml, start, Map.of(), figures);
  }

  /** The scenario text to load, with the given start. */
  public String text(Start chosen) {
    return chosen.yamlLine() + yaml;
  }
}
