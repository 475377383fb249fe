package dev.nines.models;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The life of a unit as a continuous-time Markov chain: named states, each up or down, an initial
 * state and transition rates (per second). The compact constructor checks that the chain is usable:
 * known states, positive finite rates, no self-loops, no absorbing state, and a path from every state
 * back to an up state.
 *
 * @param states state name to {@code true} for up, in the order written
 */
public record MarkovChain(String initial, Map<String, Boolean> states, List<Transition> transitions) {

  /** A transition {@code from -> to} at {@code rate} per second. */
  public record Transition(String from, String to, double rate) {
    public Transition {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (!(rate > 0) || Double.isInfinite(rate)) {
        throw new IllegalArgumentException("transition " + from + " -> " + to
            + ": rate must be positive and finite, got " + rate);
      }
      if (from.equals(to)) {
        throw new IllegalArgumentException("transition " + from + " -> " + to + " goes nowhere");
      }
    }
  }

  public MarkovChain {
    states = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(states));
    transitions = List.copyOf(transitions);
    if (states.isEmpty()) {
      throw new IllegalArgumentException("a markov chain needs states");
    }
    if (!states.containsKey(initial)) {
      throw new IllegalArgumentException("initial state " + initial + " is not one of the states");
    }
    for (Transition t : transitions) {
      if (!states.containsKey(t.from()) || !states.containsKey(t.to())) {
        throw new IllegalArgumentException("transition " + t.from() + " -> " + t.to()
            + " names an unknown state");
      }
    }
    for (String s : states.keySet()) {
      if (transitions.stream().noneMatch(t -> t.from().equals(s))) {
        throw new IllegalArgumentException("state " + s + " is absorbing: no transition leaves it");
      }
    }
    if (!states.containsValue(true)) {
      throw new IllegalArgumentException("a markov chain needs at least one up state");
    }
    for (String s : states.keySet()) {
      if (!reachesUp(s, states, transitions)) {
        throw new IllegalArgumentException("no path leads from state " + s + " back to an up state");
      }
    }
  }

  /** True when some path of transitions leads from {@code start} to an up state (or it is one). */
  private static boolean reachesUp(String start, Map<String, Boolean> states,
      List<Transition> transitions) {
    Set<String> seen = new HashSet<>(List.of(start));
    ArrayDeque<String> frontier = new ArrayDeque<>(List.of(start));
    while (!frontier.isEmpty()) {
      String s = frontier.poll();
      if (states.get(s)) {
        return true;
      }
      for (Transition t : transitions) {
        if (t.from().equals(s) && seen.add(t.to())) {
          frontier.add(t.to());
        }
      }
    }
    return false;
  }

  /** State names in the order written; a state's index is its position here. */
  public List<String> stateNames() {
    return new ArrayList<>(states.keySet());
  }

  public int index(String state) {
    return stateNames().indexOf(state);
  }

  public boolean isUp(String state) {
    return states.get(state);
  }
}
