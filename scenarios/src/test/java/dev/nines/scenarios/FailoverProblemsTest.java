package dev.nines.scenarios;

import static dev.nines.scenarios.Scenarios.assertProblem;
import static dev.nines.scenarios.Scenarios.load;
import static dev.nines.scenarios.Scenarios.problems;
import static dev.nines.scenarios.Scenarios.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.nines.models.detectors.Detector;
import dev.nines.models.detectors.Heartbeat;
import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.distributions.Uniform;
import dev.nines.models.structure.StandbyMode;
import dev.nines.models.structure.Structure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Detectors, standbys and quorums in scenario files: what is read, and each problem with its
 * message, hint, and exact line and column.
 */
class FailoverProblemsTest {

  /** A standby (line 9) of db and replica, watched by detector hb (line 7). */
  private static final String STANDBY = """
      name: t
      horizon: 1y
      components:
        db: {failure: 1000h, repair: 8h}
        replica: {count: 2, failure: 1000h, repair: 8h}
      detectors:
        hb: {heartbeat: {interval: 1s, timeout: 3s, loss: 0.001}}
      system:
        standby: {active: db, spares: replica, detector: hb, switchover: 30s}
      """;

  /** A quorum (line 8) of five nodes. */
  private static final String QUORUM = """
      name: t
      horizon: 1y
      components:
        node: {count: 5, failure: 1000h, repair: 8h}
      detectors:
        raft: {heartbeat: {interval: 50ms, timeout: 150ms}}
      system:
        quorum: {of: node, heartbeat: raft, electionTimeout: {dist: uniform, min: 150ms, max: 300ms}}
      """;

  @Test
  void aStandbyAndItsDetectorAreRead() throws ScenarioException {
    var s = load(STANDBY).system();
    assertEquals(List.of(new Detector("hb", new Heartbeat(1, 3, 0.001, null))), s.detectors());
    assertEquals(new Structure.Standby("standby", "db", List.of("replica"), StandbyMode.HOT, 1,
        "hb", new Deterministic(30), 0), s.structure());
  }

  @Test
  void detectorDefaultsAndMonitors() throws ScenarioException {
    var s = load(STANDBY.replace("{interval: 1s, timeout: 3s, loss: 0.001}}",
        "{interval: 1s, timeout: 3s, delay: {dist: exponential, mean: 5ms}}, monitors: [db]}"))
        .system();
    Detector hb = s.detector("hb");
    assertEquals(0, hb.heartbeat().loss());
    assertEquals(new Exponential(0.005), hb.heartbeat().delay());
    assertEquals(List.of("db"), hb.monitors());
  }

  @Test
  void modesAndDormancy() throws ScenarioException {
    Structure.Standby warm = (Structure.Standby) load(STANDBY.replace("detector: hb,",
        "mode: warm, dormancy: 0.25, name: pair,")).system().structure();
    assertEquals(StandbyMode.WARM, warm.mode());
    assertEquals(0.25, warm.dormancy());
    assertEquals("pair", warm.name());
    assertNull(warm.detector());
    Structure.Standby cold = (Structure.Standby) load(STANDBY.replace("switchover: 30s",
        "switchover: 0s, mode: cold, switchFailure: 0.01")).system().structure();
    assertEquals(0, cold.dormancy());
    assertNull(cold.switchover());
    assertEquals(0.01, cold.switchFailure());
  }

  @Test
  void aQuorumIsRead() throws ScenarioException {
    assertEquals(new Structure.Quorum("quorum", "node", "raft", new Uniform(0.15, 0.3)),
        load(QUORUM).system().structure());
  }

  @Test
  void timeoutMustExceedTheInterval() {
    Problem p = single(STANDBY.replace("timeout: 3s", "timeout: 1s"));
    assertProblem(p, 7, 43, "detectors.hb.heartbeat.timeout",
        "the timeout (1s) must be longer than the interval (1s): otherwise the monitor suspects a "
            + "healthy unit between two heartbeats",
        "a timeout of 2 to 5 intervals is usual, e.g. timeout: 3s");
  }

  @Test
  void lossIsAProbability() {
    Problem p = single(STANDBY.replace("loss: 0.001", "loss: 5"));
    assertProblem(p, 7, 53, "detectors.hb.heartbeat.loss", "loss must lie in [0, 1), got 5",
        "write it as a fraction: 0.05 for 5 %");
  }

  @Test
  void unknownDetectorWithDidYouMean() {
    Problem p = single(STANDBY.replace("detector: hb", "detector: hbb"));
    assertProblem(p, 9, 52, "system.standby.detector", "unknown detector 'hbb'",
        "did you mean 'hb'?");
  }

  @Test
  void theActiveGroupHasOneUnit() {
    Problem p = single(STANDBY.replace("active: db, spares: replica", "active: replica, spares: db"));
    assertProblem(p, 9, 21, "system.standby.active",
        "the active group 'replica' has 2 units; a standby has one active unit",
        "give the active unit a group of its own (count: 1) and the spares another");
  }

  @Test
  void dormancyGoesWithWarmSpares() {
    Problem p = single(STANDBY.replace("detector: hb,", "mode: hot, dormancy: 0.5,"));
    assertProblem(p, 9, 63, "system.standby.dormancy",
        "a dormancy goes with warm spares, not hot ones",
        "use mode: warm, or remove dormancy (hot spares age fully, cold ones not at all)");
    Problem warm = single(STANDBY.replace("detector: hb,", "mode: warm,"));
    assertProblem(warm, 9, 12, "system.standby",
        "warm spares need a dormancy: the pace at which a waiting spare ages",
        "e.g. dormancy: 0.1 (a tenth of the active unit's pace)");
  }

  @Test
  void unknownModeAndSpareProblems() {
    List<Problem> found = problems(STANDBY.replace("spares: replica, detector: hb",
        "spares: [db, replica, replica], mode: tepid"));
    assertEquals(3, found.size(), found::toString);
    assertProblem(found.get(0), 9, 34, "system.standby.spares[0]",
        "'db' is the active group; it cannot be its own spare", "name the spares' group here");
    assertProblem(found.get(1), 9, 47, "system.standby.spares[2]",
        "group 'replica' is named twice", "name each group once");
    assertProblem(found.get(2), 9, 63, "system.standby.mode", "unknown standby mode 'tepid'",
        "hot (spares age like the active unit), warm (at their dormancy) or cold (cannot fail)");
  }

  @Test
  void aGroupServesOneStandbyOrQuorum() {
    String twice = STANDBY.replace("  standby: {active: db, spares: replica, detector: hb, "
        + "switchover: 30s}", "  series:\n    - {standby: {active: db, spares: replica}}\n"
        + "    - {quorum: {name: q, of: replica, electionTimeout: 1s}}");
    Problem p = single(twice);
    assertProblem(p, 11, 16, "system.series[1].quorum",
        "group 'replica' already belongs to 'standby'",
        "a group's units serve one standby or quorum; give this one its own group");
  }

  @Test
  void namesMustBeDistinctScopes() {
    Problem p = single(STANDBY.replace("detector: hb,", "name: db,"));
    assertProblem(p, 9, 48, "system.db",
        "standby or quorum 'db' has the name of another scope (system, a group, a crew or a "
            + "detector)", "figures are reported by name; rename it");
    Problem d = single(STANDBY.replace("  hb: {", "  db: {").replace("detector: hb,", ""));
    assertProblem(d, 7, 3, "detectors.db",
        "detector 'db' has the name of another scope (system, a group, a crew or a detector)",
        "figures are reported by name; rename it");
  }

  @Test
  void aQuorumNeedsALosslessHeartbeatAndATimeout() {
    List<Problem> found = problems(QUORUM.replace("timeout: 150ms}", "timeout: 150ms, "
        + "loss: 0.01}").replace(", electionTimeout: {dist: uniform, min: 150ms, max: 300ms}", ""));
    assertEquals(2, found.size(), found::toString);
    assertProblem(found.get(0), 8, 11, "system.quorum.electionTimeout",
        "missing required field 'electionTimeout'",
        "each follower's randomized election timeout, e.g. electionTimeout: {dist: uniform, "
            + "min: 150ms, max: 300ms}");
    assertProblem(found.get(1), 8, 33, "system.quorum.heartbeat",
        "detector 'raft' loses heartbeats (loss 0.01); a quorum's lost heartbeats are not modelled",
        "give the quorum a detector with loss: 0");
  }

  @Test
  void namesAreWordsLikeGroupNames() {
    Problem p = single(STANDBY.replace("detector: hb,", "name: '2 pairs',"));
    assertProblem(p, 9, 48, "system.standby.name", "invalid standby name '2 pairs'",
        "a name starts with a letter and holds only letters, digits, '_' and '-'");
  }

  @Test
  void aFixedElectionTimeoutWithDelaysIsRefused() {
    Problem p = single(QUORUM.replace("timeout: 150ms}", "timeout: 150ms, delay: 1ms}")
        .replace("{dist: uniform, min: 150ms, max: 300ms}", "200ms"));
    assertProblem(p, 8, 56, "system.quorum.electionTimeout",
        "a fixed election timeout with message delays can split the vote in every round: "
            + "followers must time out at different moments",
        "randomize it, e.g. electionTimeout: {dist: uniform, min: 150ms, max: 300ms}");
  }

  @Test
  void monitorsNameGroups() {
    Problem p = single(STANDBY.replace("loss: 0.001}}", "loss: 0.001}, monitors: dbb}"));
    assertProblem(p, 7, 71, "detectors.hb.monitors", "unknown group 'dbb'", "did you mean 'db'?");
  }

  @Test
  void anActiveGroupOrAQuorumMembersWrittenAsAMapOrAList() {
    Problem active = single(STANDBY.replace("active: db", "active: [db]"));
    assertProblem(active, 9, 21, "system.standby.active", "expected a group name, got a list",
        "e.g. active: db");
    Problem of = single(QUORUM.replace("of: node", "of: {standby: {}}"));
    assertProblem(of, 8, 16, "system.quorum.of", "expected a group name, got a map", "e.g. of: db");
  }
}
