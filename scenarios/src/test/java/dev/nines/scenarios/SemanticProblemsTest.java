package dev.nines.scenarios;

import static dev.nines.scenarios.Scenarios.assertProblem;
import static dev.nines.scenarios.Scenarios.problems;
import static dev.nines.scenarios.Scenarios.single;
import static dev.nines.scenarios.Scenarios.withFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Semantic checks: structure references, k-of-n, horizon, warm-up, replications, confidence, the
 * event-count limit, overrides, and a file with several problems.
 * Each test checks the message, the hint and the exact line and column.
 * {@link Scenarios#withFailure} writes {@code failure} on line 5 (value at column 14) and
 * {@code repair} on line 6 (value at column 13).
 */
class SemanticProblemsTest {

  private static final String UNITS = "ns us ms s m h d w y";

  @Test
  void unknownGroupInStructureWithDidYouMean() {
    Problem p = single(withFailure("1000h") + "system: {series: [a, b]}\n");
    assertProblem(p, 7, 22, "system.series[1]", "unknown group 'b'", "the groups are: a");
    Problem close = single(withFailure("1000h").replace("  a:", "  replica:")
        + "system: {atLeast: 2, of: replca}\n");
    assertProblem(close, 7, 26, "system.of", "unknown group 'replca'", "did you mean 'replica'?");
  }

  @Test
  void kLargerThanTheGroup() {
    Problem p = single(withFailure("1000h") + "    count: 3\nsystem: {atLeast: 4, of: a}\n");
    assertProblem(p, 8, 19, "system.atLeast", "atLeast 4 of a, but a has only 3 units",
        "lower atLeast to at most 3 or raise components.a.count");
  }

  @Test
  void kLargerThanTheParts() {
    Problem p = single(withFailure("1000h") + "system:\n  atLeast: 3\n  of: [a, a]\n");
    assertProblem(p, 8, 12, "system.atLeast", "atLeast 3 of 2 parts can never be met",
        "lower atLeast to at most 2 or add parts");
  }

  @Test
  void kBelowOne() {
    Problem p = single(withFailure("1000h") + "system: {atLeast: 0, of: a}\n");
    assertProblem(p, 7, 19, "system.atLeast", "atLeast must be at least 1, got 0", null);
  }

  @Test
  void oneKindPerStructureNode() {
    Problem p = single(withFailure("1000h") + "system: {series: [a], parallel: [a]}\n");
    assertProblem(p, 7, 23, "system.parallel",
        "a structure node takes only one of 'series', 'parallel', 'atLeast', 'standby' and 'quorum'",
        "nest them instead, e.g. {series: [web, {atLeast: 2, of: db}]}");
  }

  @Test
  void warmupNotBelowHorizon() {
    Problem p = single(withFailure("1000h") + "warmup: 1y\n");
    assertProblem(p, 7, 9, "warmup",
        "the warm-up (1y) must be shorter than the horizon (1y)",
        "shorten the warm-up or lengthen the horizon");
  }

  @Test
  void warmupNotBelowAnOverriddenHorizon() {
    Problem p = single(withFailure("1000h") + "warmup: 2h\n", new Overrides(null, null, 3600.0));
    assertProblem(p, 7, 9, "warmup",
        "the warm-up (2h) must be shorter than the horizon (1h, from --horizon)",
        "shorten the warm-up or lengthen the horizon");
  }

  @Test
  void zeroHorizon() {
    Problem p = single(withFailure("1000h").replace("horizon: 1y", "horizon: 0"));
    assertProblem(p, 2, 10, "horizon", "the horizon must be positive and finite, got 0",
        "e.g. horizon: 100y");
  }

  @Test
  void negativeHorizonOverride() {
    Problem p = single(withFailure("1000h"), new Overrides(null, null, -5.0));
    assertProblem(p, 0, 0, "horizon",
        "the horizon must be positive and finite, got -5s (from --horizon)", "e.g. horizon: 100y");
  }

  @Test
  void tooFewReplications() {
    Problem p = single(withFailure("1000h") + "replications: 1\n");
    assertProblem(p, 7, 15, "replications", "replications must be at least 2, got 1",
        "confidence intervals need two or more replications; 30 is usual");
  }

  @Test
  void tooFewReplicationsFromTheCommandLine() {
    Problem p = single(withFailure("1000h"), new Overrides(null, 1, null));
    assertProblem(p, 0, 0, "replications",
        "replications must be at least 2, got 1 (from --replications)",
        "confidence intervals need two or more replications; 30 is usual");
    assertEquals("test.yaml: replications: replications must be at least 2, got 1 (from "
        + "--replications) (confidence intervals need two or more replications; 30 is usual)",
        p.toString());
  }

  @Test
  void confidenceOutOfRange() {
    Problem p = single(withFailure("1000h") + "confidence: 95\n");
    assertProblem(p, 7, 13, "confidence", "confidence must lie between 0 and 1 (exclusive), got 95",
        "write it as a fraction: 0.95 for 95 %");
    Problem one = single(withFailure("1000h") + "confidence: 1\n");
    assertProblem(one, 7, 13, "confidence", "confidence must lie between 0 and 1 (exclusive), got 1",
        "e.g. 0.95");
  }

  @Test
  void eventCountLimit() {
    Problem p = single("name: t\nhorizon: 1000y\nreplications: 1000\ncomponents:\n"
        + "  a: {count: 100, failure: 1h, repair: 1h}\n");
    assertProblem(p, 2, 10, "horizon", "this run would simulate about 8.76e+11 events (1000 "
        + "replications of 1000y), more than the limit of 5e+9",
        "shorten the horizon, use fewer replications, or run it anyway with --force");
  }

  @Test
  void eventCountLimitFromTheCommandLine() {
    Problem p = single("name: t\nhorizon: 1y\ncomponents:\n  a: {count: 100, failure: 1h, repair: 1h}\n",
        new Overrides(null, 1000, 1000 * 365 * 86400.0));
    assertProblem(p, 0, 0, "horizon", "this run would simulate about 8.76e+11 events (1000 "
        + "replications of 1000y), more than the limit of 5e+9 (from --horizon)",
        "shorten the horizon, use fewer replications, or run it anyway with --force");
  }

  @Test
  void severalProblemsAreAllReportedInFileOrder() {
    List<Problem> found = problems("""
        name: several
        horizon: 1000
        replications: 1
        components:
          app:
            count: 2.5
            failure: {dist: weibul, shape: 1.5, scale: 100h}
            repair: 8hours
          db:
            failure: 100h
            repair: 1h
        crews: {tech: {size: 0}}
        system: {series: [ap, {atLeast: 2, of: db}]}
        """);
    assertEquals(List.of(
        "test.yaml:2:10: horizon: a duration needs a unit, got the bare number 1000 (write e.g. "
            + "'1000s' for seconds or '1000h' for hours; units: " + UNITS + ")",
        "test.yaml:3:15: replications: replications must be at least 2, got 1 (confidence "
            + "intervals need two or more replications; 30 is usual)",
        "test.yaml:6:12: components.app.count: count must be a whole number, got 2.5",
        "test.yaml:7:21: components.app.failure.dist: unknown distribution 'weibul' (did you mean "
            + "'weibull'?)",
        "test.yaml:8:13: components.app.repair: unknown unit 'hours' in '8hours' (did you mean "
            + "'8h'? units are " + UNITS + ")",
        "test.yaml:12:22: crews.tech.size: size must be at least 1, got 0",
        "test.yaml:13:19: system.series[0]: unknown group 'ap' (did you mean 'app'?)",
        "test.yaml:13:33: system.series[1].atLeast: atLeast 2 of db, but db has only 1 unit "
            + "(lower atLeast to at most 1 or raise components.db.count)"),
        found.stream().map(Problem::toString).toList());
  }

  @Test
  void noGroupOrCrewIsNamedSystem() {
    Problem group = single("name: t\nhorizon: 1y\ncomponents:\n  system: {}\n");
    assertProblem(group, 4, 3, "components.system",
        "group 'system' has the name of the whole system's scope",
        "figures are reported by name; rename it");
    Problem crew = single("name: t\nhorizon: 1y\ncomponents:\n  a: {failure: 1000h, repair: 8h, "
        + "crew: system}\ncrews:\n  system: {size: 1}\n");
    assertProblem(crew, 6, 3, "crews.system", "crew 'system' has the name of the whole system's scope",
        "figures are reported by name; rename it");
  }
}
