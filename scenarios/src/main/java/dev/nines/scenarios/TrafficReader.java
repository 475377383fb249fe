package dev.nines.scenarios;

import dev.nines.models.distributions.Distribution;
import dev.nines.models.traffic.Arrivals;
import dev.nines.models.traffic.BalancerSpec;
import dev.nines.models.traffic.Keys;
import dev.nines.models.traffic.Traffic;
import dev.nines.scenarios.yaml.ListNode;
import dev.nines.scenarios.yaml.MapNode;
import dev.nines.scenarios.yaml.Node;
import dev.nines.scenarios.yaml.Position;
import dev.nines.scenarios.yaml.ScalarNode;
import dev.nines.simulator.Durations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the optional request-level part, {@code traffic:} (DESIGN.md §3-4): how requests arrive
 * ({@code arrivals}, a Poisson rate or a schedule of rates), what each needs ({@code service}, a
 * distribution), which group serves them ({@code servers}, required), with how many
 * {@code workers} and {@code queue} places per server, which {@code balancer} spreads them, which
 * detector it trusts ({@code health}), and the {@code timeout}, {@code retries} and {@code keys}.
 * Every problem is reported at its node; the traffic is null when it has any, so that nothing
 * built from a half-read traffic part is checked again.
 */
final class TrafficReader {

  private static final List<String> FIELDS = List.of("arrivals", "service", "servers", "workers",
      "queue", "balancer", "health", "timeout", "retries", "keys");
  private static final List<String> ARRIVALS = List.of("poisson", "schedule", "period");
  private static final List<String> STEP = List.of("at", "rate");
  private static final List<String> KEYS = List.of("count", "zipf");
  private static final String EXAMPLE =
      "e.g. traffic: {arrivals: {poisson: 900/s}, service: 1ms, servers: web}";
  private static final String ARRIVALS_EXAMPLE = "e.g. arrivals: {poisson: 900/s}, or "
      + "arrivals: {schedule: [{at: 0h, rate: 200/s}, {at: 8h, rate: 900/s}], period: 24h}";
  private static final String NO_TRAFFIC = "for no requests at all, leave out 'traffic'";

  private final Problems problems;
  private final Map<String, Integer> groups;
  private final Map<String, Position> detectors;

  /**
   * @param groups every declared group with its unit count (null when the count was bad)
   * @param detectors every declared detector name, which {@code health} may name
   */
  TrafficReader(Problems problems, Map<String, Integer> groups, Map<String, Position> detectors) {
    this.problems = problems;
    this.groups = groups;
    this.detectors = detectors;
  }

  /** The traffic at the node; null when the node is empty or after reporting its problems. */
  Traffic read(Node node) {
    if (node instanceof ScalarNode && ((ScalarNode) node).kind() == ScalarNode.Kind.NULL) {
      return null;
    }
    if (!(node instanceof MapNode)) {
      problems.at(node, "'traffic' must be a map, got " + node.describe(), EXAMPLE);
      return null;
    }
    MapNode map = (MapNode) node;
    int before = problems.count();
    Fields.check(map, FIELDS, List.of(), problems);
    Node arrivalsNode = Fields.require(map, "arrivals", "how requests arrive, " + ARRIVALS_EXAMPLE,
        problems);
    Node serviceNode = Fields.require(map, "service",
        "the time one request needs, e.g. service: {dist: exponential, mean: 1ms}", problems);
    Node serversNode = Fields.require(map, "servers", "the group whose units serve the requests; "
        + groupList(), problems);
    Arrivals arrivals = arrivalsNode == null ? null : arrivals(arrivalsNode);
    Distribution service = serviceNode == null ? null
        : new DistributionReader(problems).read(serviceNode);
    String servers = serversNode == null ? null : servers(serversNode);
    Integer workers = optional(map, "workers", n -> atLeast(n, 1,
        "the requests one server runs at once, e.g. workers: 4"), 1);
    Integer queue = optional(map, "queue", n -> atLeast(n, 0, "the requests that may wait at one "
        + "server: 0 for none; leave out 'queue' for no limit"), Traffic.UNBOUNDED);
    BalancerSpec balancer = optional(map, "balancer",
        n -> new BalancerReader(problems).read(n, servers,
            servers == null ? null : groups.get(servers)),
        BalancerSpec.named("round-robin"));
    String health = optional(map, "health", this::health, null);
    Double timeout = optional(map, "timeout", n -> TimeValues.positiveDuration(n, problems),
        Double.POSITIVE_INFINITY);
    Integer retries = optional(map, "retries", n -> atLeast(n, 0, "how often a dropped, lost or "
        + "timed-out request is tried again on another server: 0 for never"), 0);
    Keys keys = optional(map, "keys", this::keys, Keys.DEFAULT);
    boolean complete = arrivals != null && service != null && servers != null && workers != null
        && queue != null && balancer != null && (health != null || !map.has("health"))
        && timeout != null && retries != null && keys != null;
    if (!complete || problems.count() != before) {
      return null;
    }
    return construct(map, () -> new Traffic(arrivals, service, servers, workers, queue, balancer,
        health, timeout, retries, keys));
  }

  /** "the groups are: a, b", for hints. */
  private String groupList() {
    return groups.isEmpty() ? "declare it under 'components'"
        : Suggestions.list("the groups are", groups.keySet());
  }

  /**
   * The value of an optional field: the default when absent, else what {@code reader} makes of it
   * (null after a problem).
   */
  private <T> T optional(MapNode map, String key, Function<Node, T> reader, T byDefault) {
    Node node = map.get(key);
    return node == null ? byDefault : reader.apply(node);
  }

  /** {@code {poisson: RATE}} or {@code {schedule: [{at, rate}, ...], period: DURATION}}. */
  private Arrivals arrivals(Node node) {
    if (!(node instanceof MapNode)) {
      boolean text = node instanceof ScalarNode
          && ((ScalarNode) node).kind() == ScalarNode.Kind.STRING;
      String hint = text
          ? "write arrivals: {poisson: " + ((ScalarNode) node).text() + "} for a constant rate"
          : ARRIVALS_EXAMPLE;
      problems.at(node, "'arrivals' must be a map, got " + node.describe(), hint);
      return null;
    }
    MapNode map = (MapNode) node;
    Fields.check(map, ARRIVALS, List.of(), problems);
    Node poisson = map.get("poisson");
    Node schedule = map.get("schedule");
    if (poisson != null && schedule != null) {
      problems.report(map.entry("schedule").keyAt(), schedule.path(),
          "give either 'poisson' or 'schedule', not both",
          "'poisson' is a constant rate, 'schedule' a rate that changes over time");
      return null;
    }
    if (poisson == null && schedule == null) {
      problems.report(map.at(), map.path(), "'arrivals' needs 'poisson' or 'schedule'",
          ARRIVALS_EXAMPLE);
      return null;
    }
    if (poisson != null) {
      if (map.has("period")) {
        problems.report(map.entry("period").keyAt(), Node.child(map.path(), "period"),
            "'period' goes with a schedule, not with a constant rate",
            "remove 'period', or give a schedule of rates that repeats");
        return null;
      }
      Double rate = TimeValues.rate(poisson, false,
          "requests must arrive, e.g. poisson: 900/s; " + NO_TRAFFIC, problems);
      return rate == null ? null : construct(poisson, () -> new Arrivals.Poisson(rate));
    }
    return schedule(schedule, map.get("period"));
  }

  /** The steps of a schedule and its optional period; null after a problem. */
  private Arrivals schedule(Node node, Node periodNode) {
    if (!(node instanceof ListNode) || ((ListNode) node).items().isEmpty()) {
      String got = node instanceof ListNode ? "an empty list" : node.describe();
      problems.at(node, "a schedule must be a non-empty list of steps {at, rate}, got " + got,
          "e.g. schedule: [{at: 0h, rate: 200/s}, {at: 8h, rate: 900/s}]");
      return null;
    }
    int before = problems.count();
    List<Node> items = ((ListNode) node).items();
    List<Arrivals.Schedule.Step> steps = new ArrayList<>();
    Arrivals.Schedule.Step previous = null;
    String previousText = null;
    for (int i = 0; i < items.size(); i++) {
      Arrivals.Schedule.Step step = step(items.get(i));
      if (step == null) {
        previous = null; // the order cannot be judged against an unreadable step
        continue;
      }
      Node at = ((MapNode) items.get(i)).get("at");
      String text = ((ScalarNode) at).text();
      if (i == 0 && step.at() != 0) {
        problems.at(at, "a schedule starts at 0, but its first step is at " + text,
            "add a first step {at: 0h, rate: ...}, or move this one to 0h");
      } else if (previous != null && !(step.at() > previous.at())) {
        problems.at(at, "schedule steps must be in increasing time order: " + text
            + " is not after " + previousText, "order the steps by 'at', each time once");
      }
      steps.add(step);
      previous = step;
      previousText = text;
    }
    Double period = periodNode == null ? Double.valueOf(Double.NaN)
        : TimeValues.positiveDuration(periodNode, problems);
    if (problems.count() != before || period == null) {
      return null;
    }
    Arrivals.Schedule.Step last = steps.get(steps.size() - 1);
    if (!Double.isNaN(period) && !(period > last.at())) {
      problems.at(periodNode, "the period (" + ((ScalarNode) periodNode).text()
              + ") must be longer than the last step's time (" + Durations.format(last.at()) + ")",
          "the schedule repeats every period, e.g. period: 24h for a daily curve");
      return null;
    }
    if (steps.stream().allMatch(s -> s.rate() == 0)) {
      problems.at(node, "a schedule needs a positive rate in some step",
          "requests never arrive otherwise; " + NO_TRAFFIC);
      return null;
    }
    return construct(node, () -> new Arrivals.Schedule(steps, period));
  }

  /** One step {@code {at: DURATION, rate: RATE}}; null after a problem. */
  private Arrivals.Schedule.Step step(Node item) {
    if (!(item instanceof MapNode)) {
      problems.at(item, "a schedule step must be a map {at, rate}, got " + item.describe(),
          "e.g. {at: 8h, rate: 900/s}");
      return null;
    }
    MapNode map = (MapNode) item;
    Fields.check(map, STEP, List.of(), problems);
    Node atNode = Fields.require(map, "at", "when the rate starts, e.g. at: 8h", problems);
    Node rateNode = Fields.require(map, "rate", "the arrival rate from then on, e.g. rate: 900/s",
        problems);
    Double at = atNode == null ? null : TimeValues.duration(atNode, problems);
    Double rate = rateNode == null ? null : TimeValues.rate(rateNode, true,
        "a step's rate is zero or more requests per time, e.g. rate: 900/s", problems);
    if (at == null || rate == null) {
      return null;
    }
    return construct(map, () -> new Arrivals.Schedule.Step(at, rate));
  }

  /** The servers' group: one declared group name; null after a problem. */
  private String servers(Node node) {
    if (!(node instanceof ScalarNode)) {
      problems.at(node, "'servers' must name one group, got " + node.describe(),
          "the requests go to the units of one group; " + groupList());
      return null;
    }
    String name = Values.text(node, problems);
    if (name == null) {
      return null;
    }
    if (!groups.containsKey(name)) {
      String hint = groups.isEmpty() ? "declare it under 'components'"
          : Suggestions.hint(name, groups.keySet(), "the groups are");
      problems.at(node, "unknown group '" + name + "'", hint);
      return null;
    }
    return name;
  }

  /** The detector the balancer trusts: a declared detector's name; null after a problem. */
  private String health(Node node) {
    String name = Values.text(node, problems);
    if (name == null) {
      return null;
    }
    if (!detectors.containsKey(name)) {
      String hint = detectors.isEmpty()
          ? "declare it, e.g. detectors: {" + name + ": {heartbeat: {interval: 1s, timeout: 3s}}}"
          : Suggestions.hint(name, detectors.keySet(), "the detectors are");
      problems.at(node, "unknown detector '" + name + "'", hint);
      return null;
    }
    return name;
  }

  /** {@code {count: N, zipf: S}}, each optional; null after a problem. */
  private Keys keys(Node node) {
    if (!(node instanceof MapNode)) {
      problems.at(node, "'keys' must be a map, got " + node.describe(),
          "e.g. keys: {count: 10000, zipf: 1.1}");
      return null;
    }
    MapNode map = (MapNode) node;
    Fields.check(map, KEYS, List.of(), problems);
    Integer count = optional(map, "count",
        n -> atLeast(n, 1, "the number of distinct keys requests carry, e.g. count: 10000"),
        Keys.DEFAULT.count());
    Double zipf = optional(map, "zipf", this::zipf, 0.0);
    return count == null || zipf == null ? null : construct(map, () -> new Keys(count, zipf));
  }

  private Double zipf(Node node) {
    Double value = Values.number(node, problems);
    if (value != null && value < 0) {
      problems.at(node, "zipf must not be negative, got " + ((ScalarNode) node).text(),
          "0 draws keys uniformly; the larger, the more the first keys are asked for "
              + "(about 1 for caches)");
      return null;
    }
    return value;
  }

  /** A whole number of at least {@code min} that fits an int, or null; the hint says what it is. */
  private Integer atLeast(Node node, int min, String hint) {
    Long value = Values.integer(node, problems);
    if (value == null) {
      return null;
    }
    if (value < min) {
      problems.at(node, Values.name(node) + " must be at least " + min + ", got " + value, hint);
      return null;
    }
    if (value > Integer.MAX_VALUE) {
      problems.at(node, Values.name(node) + " is too large: " + value, hint);
      return null;
    }
    return value.intValue();
  }

  /** Runs a record constructor, turning its IllegalArgumentException into a problem at the node. */
  private <T> T construct(Node node, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      problems.at(node, e.getMessage(), null);
      return null;
    }
  }
}
