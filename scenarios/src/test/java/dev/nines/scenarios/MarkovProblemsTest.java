package dev.nines.scenarios;

import static dev.nines.scenarios.Scenarios.assertProblem;
import static dev.nines.scenarios.Scenarios.load;
import static dev.nines.scenarios.Scenarios.problems;
import static dev.nines.scenarios.Scenarios.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nines.models.MarkovChain;
import dev.nines.simulator.Durations;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A group's {@code markov} chain: valid parsing, and each kind of bad chain with its message, hint,
 * and exact line and column.
 */
class MarkovProblemsTest {

  /** The disk of DESIGN.md §4: states on line 7, transitions on lines 9-12. */
  private static final String DISK = """
      name: t
      horizon: 1y
      components:
        disk:
          markov:
            initial: ok
            states: {ok: up, degraded: up, failed: down}
            transitions:
              - {from: ok, to: degraded, rate: 1/2000h}
              - {from: degraded, to: ok, rate: 1/24h}
              - {from: degraded, to: failed, rate: 1/100h}
              - {from: failed, to: ok, rate: 1/12h}
      """;

  @Test
  void theChainIsRead() throws ScenarioException {
    MarkovChain chain = load(DISK).system().group("disk").markov();
    assertEquals("ok", chain.initial());
    assertEquals(List.of("ok", "degraded", "failed"), chain.stateNames());
    assertEquals(Map.of("ok", true, "degraded", true, "failed", false), chain.states());
    assertEquals(new MarkovChain.Transition("ok", "degraded", 1 / (2000 * Durations.HOUR)),
        chain.transitions().get(0));
    assertEquals(4, chain.transitions().size());
  }

  @Test
  void unknownInitialState() {
    Problem p = single(DISK.replace("initial: ok", "initial: okk"));
    assertProblem(p, 6, 16, "components.disk.markov.initial", "unknown state 'okk'",
        "did you mean 'ok'?");
  }

  @Test
  void unknownStateInATransition() {
    Problem p = single(DISK.replace("{from: degraded, to: ok", "{from: degradd, to: ok"));
    assertProblem(p, 10, 18, "components.disk.markov.transitions[1].from",
        "unknown state 'degradd'", "did you mean 'degraded'?");
  }

  @Test
  void aStateIsUpOrDown() {
    Problem p = single(DISK.replace("failed: down}", "failed: dwn}"));
    assertProblem(p, 7, 46, "components.disk.markov.states.failed",
        "state 'failed' must be up or down, got 'dwn'", "did you mean 'down'?");
  }

  @Test
  void ratesArePositive() {
    Problem p = single(DISK.replace("rate: 1/12h", "rate: 0/h"));
    assertProblem(p, 12, 40, "components.disk.markov.transitions[3].rate",
        "a rate must be positive and finite, got '0/h'", null);
  }

  @Test
  void noSelfLoops() {
    Problem p = single(DISK.replace("{from: failed, to: ok", "{from: failed, to: failed"));
    assertProblem(p, 12, 30, "components.disk.markov.transitions[3].to",
        "transition from 'failed' to itself",
        "remove it: a unit stays in a state without a transition");
  }

  @Test
  void noRepeatedTransitions() {
    Problem p = single(DISK + "        - {from: ok, to: degraded, rate: 1/1000h}\n");
    assertProblem(p, 13, 11, "components.disk.markov.transitions[4]",
        "a second transition from 'ok' to 'degraded'",
        "give one transition with the sum of the rates");
  }

  @Test
  void noAbsorbingState() {
    Problem p = single(DISK.replace("        - {from: failed, to: ok, rate: 1/12h}\n", ""));
    assertProblem(p, 7, 38, "components.disk.markov.states.failed",
        "state 'failed' is absorbing: no transition leaves it",
        "add a transition out of it, e.g. {from: failed, to: ok, rate: 1/12h}");
  }

  @Test
  void everyStateHasAPathBackUp() {
    List<Problem> found = problems("""
        name: t
        horizon: 1y
        components:
          disk:
            markov:
              initial: ok
              states: {ok: up, broken: down, worse: down}
              transitions:
                - {from: ok, to: broken, rate: 1/100h}
                - {from: broken, to: worse, rate: 1/10h}
                - {from: worse, to: broken, rate: 1/10h}
        """);
    assertEquals(2, found.size(), found::toString);
    assertProblem(found.get(0), 7, 24, "components.disk.markov.states.broken",
        "no path leads from state 'broken' back to an up state",
        "add a transition that repairs it, e.g. {from: broken, to: ok, rate: 1/12h}");
    assertProblem(found.get(1), 7, 38, "components.disk.markov.states.worse",
        "no path leads from state 'worse' back to an up state",
        "add a transition that repairs it, e.g. {from: worse, to: ok, rate: 1/12h}");
  }

  @Test
  void atLeastOneUpState() {
    Problem p = single(DISK.replace("ok: up, degraded: up", "ok: down, degraded: down"));
    assertProblem(p, 7, 15, "components.disk.markov.states",
        "a markov chain needs at least one up state",
        "mark the states in which the unit works up, e.g. ok: up");
  }

  @Test
  void markovTakesNoFailureOrRepair() {
    Problem p = single(DISK + "    failure: 1000h\n");
    assertProblem(p, 13, 5, "components.disk.failure", "'failure' does not go with 'markov'",
        "a markov group fails and is repaired by the transitions of its chain; give either "
            + "'markov' or 'failure' and 'repair'");
  }

  @Test
  void markovTakesNoCrew() {
    Problem p = single(DISK + "    crew: tech\ncrews: {tech: {}}\n");
    assertProblem(p, 13, 5, "components.disk.crew", "a markov group cannot name a crew",
        "its repairs are the transitions out of its down states; remove 'crew'");
  }

  @Test
  void missingParts() {
    List<Problem> found = problems("name: t\nhorizon: 1y\ncomponents:\n  disk:\n"
        + "    markov: {states: {ok: up}}\n");
    assertEquals(2, found.size(), found::toString);
    assertProblem(found.get(0), 5, 13, "components.disk.markov.initial",
        "missing required field 'initial'", "the state each unit starts in, e.g. initial: ok");
    assertProblem(found.get(1), 5, 13, "components.disk.markov.transitions",
        "missing required field 'transitions'",
        "the moves between states and their rates, e.g. transitions: "
            + "[{from: ok, to: failed, rate: 1/1000h}]");
  }

  @Test
  void aMarkovUnitMovesAtItsLongRunRate() throws ScenarioException {
    // Per hour: a = 1/2000, b = 1/24, c = 1/100, d = 1/12; relative to π(ok) = 1 (see the class
    // MarkovAgreementTest): π(degraded) = a/(b+c), π(failed) = π(degraded)·c/d. Moves per hour:
    // Σ π(s) × (rate out of s).
    double a = 1 / 2000.0;
    double b = 1 / 24.0;
    double c = 1 / 100.0;
    double d = 1 / 12.0;
    double degraded = a / (b + c);
    double failed = degraded * c / d;
    double perHour = (a + degraded * (b + c) + failed * d) / (1 + degraded + failed);
    MarkovChain chain = load(DISK).system().group("disk").markov();
    assertEquals(perHour / Durations.HOUR, Workload.moveRate(chain), 1e-12 * perHour);
  }

  @Test
  void aFastChainCountsTowardTheEventLimit() {
    // 1 move per second both ways: 30 replications × 100y × 1/s = 9.4608e10 moves.
    Problem p = single("name: t\nhorizon: 100y\ncomponents:\n  disk:\n    markov:\n"
        + "      initial: ok\n      states: {ok: up, failed: down}\n"
        + "      transitions: [{from: ok, to: failed, rate: 1/s}, {from: failed, to: ok, rate: 1/s}]\n");
    assertProblem(p, 2, 10, "horizon", "this run would simulate about 9.461e+10 events (30 "
        + "replications of 100y), more than the limit of 5e+9",
        "shorten the horizon, use fewer replications, or run it anyway with --force");
  }

  @Test
  void aStateWrittenAsAnAliasIsOneProblem() {
    // The alias reads as an empty value; its second problem at the same place is left out, but the
    // chain is still known to be unreadable and is not checked further.
    Problem p = single(DISK.replace("initial: ok", "initial: &a ok").replace("{ok: up", "{ok: *a"));
    assertProblem(p, 7, 20, "components.disk.markov.states.ok",
        "YAML aliases ('*a') are not supported", "write the value out in full");
  }
}
