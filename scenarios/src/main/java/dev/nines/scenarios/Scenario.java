package dev.nines.scenarios;

import dev.nines.models.SystemModel;
import java.util.Objects;

/**
 * A loaded, validated scenario: what to simulate and how to run the experiment. Times in seconds.
 *
 * @param source the file it came from, for messages and provenance
 */
public record Scenario(
    String name,
    String description,
    long seed,
    double horizon,
    double warmup,
    int replications,
    double confidence,
    SystemModel system,
    String source) {

  public Scenario {
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
    if (!(horizon > 0) || Double.isInfinite(horizon)) {
      throw new IllegalArgumentException("horizon must be positive and finite, got " + horizon);
    }
    if (!(warmup >= 0 && warmup < horizon)) {
      throw new IllegalArgumentException("warmup must lie in [0, horizon), got " + warmup);
    }
    if (replications < 2) {
      throw new IllegalArgumentException("replications must be at least 2, got " + replications);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must lie in (0, 1), got " + confidence);
    }
    Objects.requireNonNull(system, "system");
  }

  /** Length of the observed window, after the warm-up. */
  public double observed() {
    return horizon - warmup;
  }
}
