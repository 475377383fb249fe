package dev.nines.scenarios;

import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Distribution;
import dev.nines.models.distributions.Empirical;
import dev.nines.models.distributions.Erlang;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.distributions.Gamma;
import dev.nines.models.distributions.Lognormal;
import dev.nines.models.distributions.Uniform;
import dev.nines.models.distributions.Weibull;
import dev.nines.scenarios.yaml.ListNode;
import dev.nines.scenarios.yaml.MapNode;
import dev.nines.scenarios.yaml.Node;
import dev.nines.scenarios.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads a distribution: {@code {dist: NAME, ...}} with the parameters of that distribution, or a
 * bare duration as shorthand for {@code deterministic} (DESIGN.md §4).
 */
final class DistributionReader {

  /** Each distribution's parameters, and what they are, for hints. */
  private static final Map<String, String> PARAMETERS = parameters();

  private final Problems problems;

  DistributionReader(Problems problems) {
    this.problems = problems;
  }

  private static Map<String, String> parameters() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("exponential", "'mean', a duration, or 'rate', such as 1/1000h");
    p.put("weibull", "'shape', a number, and 'scale', a duration");
    p.put("lognormal", "'mean' and 'sd', durations");
    p.put("gamma", "'shape', a number, and 'mean', a duration");
    p.put("erlang", "'k', a whole number, and 'mean', a duration");
    p.put("uniform", "'min' and 'max', durations");
    p.put("deterministic", "'value', a duration");
    p.put("empirical", "'values', a list of durations");
    return Collections.unmodifiableMap(p);
  }

  /** The distribution at the node, or null after reporting what is wrong. */
  Distribution read(Node node) {
    if (node instanceof ScalarNode) {
      return shorthand((ScalarNode) node);
    }
    if (node instanceof ListNode) {
      problems.at(node, "expected a distribution, got a list",
          "write e.g. {dist: exponential, mean: 1000h}; for observed times use "
              + "{dist: empirical, values: [...]}");
      return null;
    }
    MapNode map = (MapNode) node;
    Node distNode = Fields.require(map, "dist",
        "name the distribution, e.g. {dist: exponential, mean: 1000h}", problems);
    if (distNode == null) {
      return null;
    }
    String dist = Values.text(distNode, problems);
    if (dist == null) {
      return null;
    }
    if (!PARAMETERS.containsKey(dist)) {
      problems.at(distNode, "unknown distribution '" + dist + "'",
          Suggestions.hint(dist, PARAMETERS.keySet(), "known distributions are"));
      return null;
    }
    List<String> valid = new ArrayList<>(List.of("dist"));
    valid.addAll(names(dist));
    int before = problems.count();
    Fields.check(map, valid, List.of(), problems);
    Distribution result = build(dist, map);
    return problems.count() == before ? result : null;
  }

  private static List<String> names(String dist) {
    switch (dist) {
      case "exponential": return List.of("mean", "rate");
      case "weibull": return List.of("shape", "scale");
      case "lognormal": return List.of("mean", "sd");
      case "gamma": return List.of("shape", "mean");
      case "erlang": return List.of("k", "mean");
      case "uniform": return List.of("min", "max");
      case "deterministic": return List.of("value");
      default: return List.of("values");
    }
  }

  private Distribution shorthand(ScalarNode node) {
    if (node.kind() == ScalarNode.Kind.STRING && PARAMETERS.containsKey(node.text())) {
      problems.at(node, "'" + node.text() + "' needs its parameters",
          "write {dist: " + node.text() + ", ...}; it takes " + PARAMETERS.get(node.text()));
      return null;
    }
    Double value = TimeValues.positiveDuration(node, problems);
    return value == null ? null : construct(node, () -> new Deterministic(value));
  }

  private Distribution build(String dist, MapNode map) {
    switch (dist) {
      case "exponential":
        return exponential(map);
      case "weibull": {
        Double shape = param(map, dist, "shape", false);
        Double scale = param(map, dist, "scale", true);
        return shape == null || scale == null ? null : construct(map, () -> new Weibull(shape, scale));
      }
      case "lognormal": {
        Double mean = param(map, dist, "mean", true);
        Double sd = param(map, dist, "sd", true);
        return mean == null || sd == null ? null : construct(map, () -> new Lognormal(mean, sd));
      }
      case "gamma": {
        Double shape = param(map, dist, "shape", false);
        Double mean = param(map, dist, "mean", true);
        return shape == null || mean == null ? null : construct(map, () -> new Gamma(shape, mean));
      }
      case "erlang": {
        Node kNode = Fields.require(map, "k", hintFor(dist), problems);
        Integer k = kNode == null ? null : Values.integerAtLeast(kNode, 1, problems);
        Double mean = param(map, dist, "mean", true);
        return k == null || mean == null ? null : construct(map, () -> new Erlang(k, mean));
      }
      case "uniform":
        return uniform(map);
      case "deterministic": {
        Double value = param(map, dist, "value", true);
        return value == null ? null : construct(map, () -> new Deterministic(value));
      }
      default:
        return empirical(map);
    }
  }

  private Distribution exponential(MapNode map) {
    Node mean = map.get("mean");
    Node rate = map.get("rate");
    if (mean != null && rate != null) {
      problems.report(map.entry("rate").keyAt(), rate.path(), "give either 'mean' or 'rate', not both",
          "mean = 1 / rate");
      return null;
    }
    if (mean == null && rate == null) {
      problems.report(map.at(), Node.child(map.path(), "mean"), "missing required field 'mean'",
          hintFor("exponential"));
      return null;
    }
    if (rate != null) {
      Double r = TimeValues.rate(rate, problems);
      return r == null ? null : construct(map, () -> Exponential.ofRate(r));
    }
    Double m = TimeValues.positiveDuration(mean, problems);
    return m == null ? null : construct(map, () -> new Exponential(m));
  }

  private Distribution uniform(MapNode map) {
    Node minNode = Fields.require(map, "min", hintFor("uniform"), problems);
    Double min = minNode == null ? null : TimeValues.duration(minNode, problems);
    Double max = param(map, "uniform", "max", true);
    if (min == null || max == null) {
      return null;
    }
    if (!(max > min)) {
      problems.at(map.get("max"), "uniform max must be greater than min",
          "min is " + ((ScalarNode) minNode).text() + ", max is " + ((ScalarNode) map.get("max")).text());
      return null;
    }
    return construct(map, () -> new Uniform(min, max));
  }

  private Distribution empirical(MapNode map) {
    Node valuesNode = Fields.require(map, "values", hintFor("empirical"), problems);
    if (valuesNode == null) {
      return null;
    }
    if (!(valuesNode instanceof ListNode) || ((ListNode) valuesNode).items().isEmpty()) {
      problems.at(valuesNode, "empirical values must be a non-empty list of durations",
          "e.g. values: [2h, 3.5h, 8h]");
      return null;
    }
    List<Node> items = ((ListNode) valuesNode).items();
    double[] values = new double[items.size()];
    boolean ok = true;
    for (int i = 0; i < values.length; i++) {
      Double v = TimeValues.duration(items.get(i), problems);
      ok &= v != null;
      values[i] = v == null ? 0 : v;
    }
    return ok ? construct(valuesNode, () -> new Empirical(values)) : null;
  }

  /** A required parameter: a positive duration, or a positive number when not a duration. */
  private Double param(MapNode map, String dist, String name, boolean duration) {
    Node node = Fields.require(map, name, hintFor(dist), problems);
    if (node == null) {
      return null;
    }
    return duration ? TimeValues.positiveDuration(node, problems) : Values.positive(node, problems);
  }

  private static String hintFor(String dist) {
    return dist + " takes " + PARAMETERS.get(dist);
  }

  /** Runs a record constructor, turning its IllegalArgumentException into a problem at the node. */
  private Distribution construct(Node node, Supplier<Distribution> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      problems.at(node, e.getMessage(), null);
      return null;
    }
  }
}
