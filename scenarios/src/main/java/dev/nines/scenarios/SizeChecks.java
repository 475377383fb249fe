package dev.nines.scenarios;

import dev.nines.models.ComponentGroup;
import dev.nines.models.traffic.Traffic;
import dev.nines.scenarios.yaml.MapNode;
import dev.nines.scenarios.yaml.Node;

/**
 * The checks on what a run would hold in memory, run before anything is built: the units, the
 * replications, the traffic's worker slots and the consistent-hash ring each stay under a limit, so
 * that {@code count: 1000000000} is a problem at its place and not an out-of-memory error in the
 * middle of a run. Each limit can be passed with {@code --force} (then the machine needs the
 * memory), except a ring too large for Java's arrays.
 */
final class SizeChecks {

  /** Units over all groups; each takes about 600 bytes in every replication running at once (measured: benchmarks/). */
  static final long MAX_UNITS = 1_000_000;
  /** Replications; the figures of each are kept until the run ends. */
  static final long MAX_REPLICATIONS = 100_000;
  /** Worker slots (servers × workers) and ring points (servers × virtualNodes). */
  static final long MAX_SLOTS = 10_000_000;

  private static final String FORCE = "or run it anyway with --force and memory to match, "
      + "e.g. JAVA_TOOL_OPTIONS=-Xmx16g";

  private SizeChecks() {}

  /** @param force skip the limits that more memory would satisfy ({@code --force}) */
  static void check(ScenarioSpec spec, Problems problems, boolean force) {
    long units = 0;
    ComponentGroup largest = null;
    for (ComponentGroup g : spec.groups()) {
      units += g.count();
      largest = largest == null || g.count() > largest.count() ? g : largest;
    }
    if (!force && units > MAX_UNITS) {
      Node group = node(spec.root(), "components", largest.name());
      Node count = node(spec.root(), "components", largest.name(), "count");
      Node at = count != null ? count : group != null ? group : spec.root();
      problems.at(at, "the scenario has " + units + " units, more than the limit of " + MAX_UNITS
          + ": each takes about 600 bytes of memory in every replication running at once",
          "use fewer units, " + FORCE);
    }
    Located<Integer> r = spec.replications();
    if (!force && r != null && r.value() > MAX_REPLICATIONS) {
      problems.report(r.at(), r.path(), "replications " + r.shown() + r.from()
          + " is more than the limit of " + MAX_REPLICATIONS
          + ": the figures of every replication are kept until the run ends",
          "30 to 1000 replications are usual; " + FORCE);
    }
    if (spec.traffic() != null) {
      traffic(spec, problems, force);
    }
  }

  private static void traffic(ScenarioSpec spec, Problems problems, boolean force) {
    Traffic t = spec.traffic();
    ComponentGroup servers = spec.groups().stream().filter(g -> g.name().equals(t.servers()))
        .findFirst().orElse(null);
    if (servers == null) {
      return;
    }
    long slots = (long) servers.count() * t.workers();
    Node workers = node(spec.root(), "traffic", "workers");
    if (!force && slots > MAX_SLOTS && workers != null) {
      problems.at(workers, "the traffic has " + slots + " worker slots (" + servers.count()
          + " servers × " + t.workers() + " workers), more than the limit of " + MAX_SLOTS,
          "use fewer workers, " + FORCE);
    }
    long points = (long) servers.count() * t.balancer().virtualNodes();
    Node ring = node(spec.root(), "traffic", "balancer", "virtualNodes");
    if (!t.balancer().name().equals("consistent-hash") || ring == null) {
      return;
    }
    if (points > Integer.MAX_VALUE - 8) {
      problems.at(ring, "the consistent-hash ring would have " + points + " points ("
          + servers.count() + " servers × " + t.balancer().virtualNodes() + "), more than Java "
          + "can hold in one array", "100 to 1000 virtual nodes per server are usual");
    } else if (!force && points > MAX_SLOTS) {
      problems.at(ring, "the consistent-hash ring would have " + points + " points ("
          + servers.count() + " servers × " + t.balancer().virtualNodes()
          + "), more than the limit of " + MAX_SLOTS,
          "100 to 1000 virtual nodes per server are usual; " + FORCE);
    }
  }

  /** The node at the end of the keys from the root, or null where one is missing. */
  private static Node node(MapNode root, String... keys) {
    Node node = root;
    for (String key : keys) {
      if (!(node instanceof MapNode)) {
        return null;
      }
      node = ((MapNode) node).get(key);
    }
    return node;
  }
}
