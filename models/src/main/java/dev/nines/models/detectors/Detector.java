package dev.nines.models.detectors;

import java.util.List;
import java.util.Objects;

/**
 * A named heartbeat failure detector. It watches every unit of the groups it {@code monitors}, and
 * every unit of a standby that names it; a quorum that names it takes its heartbeat interval and
 * message delay. Its figures (detection delay, false suspicions) are reported under its name.
 *
 * @param monitors groups whose units it watches in any case, in the order written (may be empty)
 */
public record Detector(String name, Heartbeat heartbeat, List<String> monitors) {

  public Detector {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(heartbeat, "heartbeat");
    monitors = List.copyOf(monitors);
  }

  /** A detector that watches only what names it. */
  public Detector(String name, Heartbeat heartbeat) {
    this(name, heartbeat, List.of());
  }
}
