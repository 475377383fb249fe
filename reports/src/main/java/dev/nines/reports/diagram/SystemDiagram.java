package dev.nines.reports.diagram;

import java.util.List;
import java.util.Objects;

/**
 * What the block diagram at the top of a report shows: the system's structure, and where the
 * scenario has traffic, the path a request takes (arrivals, balancer, servers).
 *
 * @param system the structure; its root's figure is the system's availability
 * @param traffic the traffic path, or null for an availability study only
 * @param basis says which figures label the blocks, for the caption
 */
public record SystemDiagram(Block system, TrafficPath traffic, String basis) {

  public SystemDiagram {
    Objects.requireNonNull(system, "system");
    basis = basis == null ? "" : basis;
  }

  /**
   * The path of a request: each stop a box of a name and the lines under it, left to right (the
   * arrivals, the balancer, the servers).
   */
  public record TrafficPath(List<Stop> stops) {
    public TrafficPath {
      stops = List.copyOf(stops);
      if (stops.isEmpty()) {
        throw new IllegalArgumentException("a traffic path needs at least one stop");
      }
    }
  }

  /** One box of the traffic path. */
  public record Stop(String name, List<String> details) {
    public Stop {
      Objects.requireNonNull(name, "name");
      details = List.copyOf(details);
    }
  }
}
