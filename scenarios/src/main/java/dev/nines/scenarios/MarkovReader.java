package dev.nines.scenarios;

import dev.nines.models.MarkovChain;
import dev.nines.scenarios.yaml.ListNode;
import dev.nines.scenarios.yaml.MapNode;
import dev.nines.scenarios.yaml.Node;
import dev.nines.scenarios.yaml.ScalarNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a group's {@code markov: {initial, states: {NAME: up|down}, transitions: [{from, to,
 * rate}]}}: the life of each unit as a continuous-time Markov chain. Beyond the form of each field it
 * checks the shape of the chain, each problem at the place to fix: known states, positive rates, no
 * self-loop or repeated transition, at least one up state, no absorbing state, and a path from every
 * state back to an up state.
 */
final class MarkovReader {

  /**
   * The most states of one chain: a unit's life needs a handful, and the checks solve the chain
   * densely (n² memory, n³ time), so a chain of thousands would take minutes or all the memory.
   */
  static final int MAX_STATES = 200;

  private static final List<String> FIELDS = List.of("initial", "states", "transitions");
  private static final List<String> TRANSITION_FIELDS = List.of("from", "to", "rate");
  private static final List<String> KINDS = List.of("up", "down");
  private static final String TRANSITION = "{from: ok, to: failed, rate: 1/1000h}";
  private static final String EXAMPLE = "e.g. markov: {initial: ok, states: {ok: up, failed: down}, "
      + "transitions: [" + TRANSITION + ", {from: failed, to: ok, rate: 1/8h}]}";

  private final Problems problems;

  MarkovReader(Problems problems) {
    this.problems = problems;
  }

  /** The chain at the node, or null after reporting every problem found. */
  MarkovChain read(Node node) {
    if (!(node instanceof MapNode)) {
      problems.at(node, "'markov' must be a map with initial, states and transitions, got "
          + node.describe(), EXAMPLE);
      return null;
    }
    MapNode map = (MapNode) node;
    int before = problems.count();
    Fields.check(map, FIELDS, List.of(), problems);
    Node statesNode = Fields.require(map, "states",
        "name each state up or down, e.g. states: {ok: up, failed: down}", problems);
    MapNode stateMap = statesNode == null ? null : stateMap(statesNode);
    List<String> names = stateMap == null ? null : stateMap.keys();
    Map<String, Boolean> states = stateMap == null ? null : states(stateMap);
    Node initialNode = Fields.require(map, "initial", "the state each unit starts in, e.g. "
        + "initial: ok", problems);
    String initial = initialNode == null || names == null ? null : state(initialNode, names);
    Node transitionsNode = Fields.require(map, "transitions",
        "the moves between states and their rates, e.g. transitions: [" + TRANSITION + "]", problems);
    List<MarkovChain.Transition> transitions = transitionsNode == null || names == null
        ? null : transitions(transitionsNode, names);
    if (problems.count() != before) {
      return null;
    }
    shape(stateMap, states, transitions);
    if (problems.count() != before) {
      return null;
    }
    try {
      return new MarkovChain(initial, states, transitions);
    } catch (IllegalArgumentException e) {
      problems.at(map, e.getMessage(), null); // the checks above should have caught it
      return null;
    }
  }

  private MapNode stateMap(Node node) {
    boolean empty = node instanceof ScalarNode && ((ScalarNode) node).kind() == ScalarNode.Kind.NULL
        || node instanceof MapNode && ((MapNode) node).entries().isEmpty();
    if (empty) {
      problems.at(node, "'states' needs at least one state", "e.g. states: {ok: up, failed: down}");
      return null;
    }
    if (!(node instanceof MapNode)) {
      problems.at(node, "'states' must be a map from state names to up or down, got "
          + node.describe(), "e.g. states: {ok: up, failed: down}");
      return null;
    }
    int count = ((MapNode) node).entries().size();
    if (count > MAX_STATES) {
      problems.at(node, "a markov chain may have at most " + MAX_STATES + " states, got " + count,
          "a unit's life needs a few states: lump together those that behave alike");
      return null;
    }
    return (MapNode) node;
  }

  /** Each state's kind (true for up), or null when one of them is neither up nor down. */
  private Map<String, Boolean> states(MapNode map) {
    Map<String, Boolean> states = new LinkedHashMap<>();
    boolean ok = true;
    for (MapNode.Entry e : map.entries()) {
      String kind = Values.text(e.value(), problems);
      if (kind != null && !KINDS.contains(kind)) {
        String close = Suggestions.closest(kind, KINDS);
        problems.at(e.value(), "state '" + e.key() + "' must be up or down, got '" + kind + "'",
            close == null ? "write up or down" : "did you mean '" + close + "'?");
        kind = null;
      }
      ok &= kind != null;
      states.put(e.key(), "up".equals(kind));
    }
    return ok ? states : null;
  }

  /** The state a scalar names, or null after reporting an unknown state. */
  private String state(Node node, List<String> names) {
    String name = Values.text(node, problems);
    if (name != null && !names.contains(name)) {
      problems.at(node, "unknown state '" + name + "'",
          Suggestions.hint(name, names, "the states are"));
      return null;
    }
    return name;
  }

  private List<MarkovChain.Transition> transitions(Node node, List<String> names) {
    if (!(node instanceof ListNode) || ((ListNode) node).items().isEmpty()) {
      problems.at(node, "'transitions' needs a list of transitions, got " + node.describe(),
          "e.g. transitions: [" + TRANSITION + "]");
      return null;
    }
    List<MarkovChain.Transition> transitions = new ArrayList<>();
    Set<List<String>> seen = new HashSet<>();
    for (Node item : ((ListNode) node).items()) {
      if (!(item instanceof MapNode)) {
        problems.at(item, "a transition must be a map such as " + TRANSITION + ", got "
            + item.describe(), null);
        continue;
      }
      MapNode map = (MapNode) item;
      Fields.check(map, TRANSITION_FIELDS, List.of(), problems);
      Node fromNode = Fields.require(map, "from", "the state it leaves, e.g. " + TRANSITION, problems);
      Node toNode = Fields.require(map, "to", "the state it enters, e.g. " + TRANSITION, problems);
      Node rateNode = Fields.require(map, "rate", "how often it happens, e.g. " + TRANSITION,
          problems);
      String from = fromNode == null ? null : state(fromNode, names);
      String to = toNode == null ? null : state(toNode, names);
      Double rate = rateNode == null ? null : TimeValues.rate(rateNode, problems);
      if (from == null || to == null) {
        continue;
      }
      if (from.equals(to)) {
        problems.at(toNode, "transition from '" + from + "' to itself",
            "remove it: a unit stays in a state without a transition");
      } else if (!seen.add(List.of(from, to))) {
        problems.at(map, "a second transition from '" + from + "' to '" + to + "'",
            "give one transition with the sum of the rates");
      } else if (rate != null) {
        transitions.add(new MarkovChain.Transition(from, to, rate));
      }
    }
    return transitions;
  }

  /** At least one up state, no absorbing state, and a path from every state back to an up state. */
  private void shape(MapNode stateMap, Map<String, Boolean> states,
      List<MarkovChain.Transition> transitions) {
    if (!states.containsValue(true)) {
      problems.at(stateMap, "a markov chain needs at least one up state",
          "mark the states in which the unit works up, e.g. ok: up");
      return;
    }
    Set<String> leave = new HashSet<>();
    transitions.forEach(t -> leave.add(t.from()));
    Set<String> reachUp = reachUp(states, transitions);
    for (String s : states.keySet()) {
      MapNode.Entry entry = stateMap.entry(s);
      String path = Node.child(stateMap.path(), s);
      if (!leave.contains(s)) {
        problems.report(entry.keyAt(), path, "state '" + s + "' is absorbing: no transition "
            + "leaves it", "add a transition out of it, e.g. {from: " + s + ", to: "
            + other(s, states) + ", rate: 1/12h}");
      } else if (!reachUp.contains(s)) {
        problems.report(entry.keyAt(), path, "no path leads from state '" + s + "' back to an up "
            + "state", "add a transition that repairs it, e.g. {from: " + s + ", to: "
            + other(s, states) + ", rate: 1/12h}");
      }
    }
  }

  /** The states from which some path of transitions leads to an up state (up states included). */
  private static Set<String> reachUp(Map<String, Boolean> states,
      List<MarkovChain.Transition> transitions) {
    Set<String> reached = new HashSet<>();
    ArrayDeque<String> frontier = new ArrayDeque<>();
    states.forEach((s, up) -> {
      if (up) {
        reached.add(s);
        frontier.add(s);
      }
    });
    while (!frontier.isEmpty()) {
      String s = frontier.poll();
      for (MarkovChain.Transition t : transitions) {
        if (t.to().equals(s) && reached.add(t.from())) {
          frontier.add(t.from());
        }
      }
    }
    return reached;
  }

  /** An up state other than s for examples, else any other state. */
  private static String other(String s, Map<String, Boolean> states) {
    String fallback = s;
    for (Map.Entry<String, Boolean> e : states.entrySet()) {
      if (!e.getKey().equals(s)) {
        if (e.getValue()) {
          return e.getKey();
        }
        fallback = fallback.equals(s) ? e.getKey() : fallback;
      }
    }
    return fallback;
  }
}
