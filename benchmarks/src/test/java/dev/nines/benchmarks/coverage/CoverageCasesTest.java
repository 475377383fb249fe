package dev.nines.benchmarks.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.scenarios.Scenario;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cases load, their exact values hold up to a second derivation, and the table is stable. */
class CoverageCasesTest {

  @Test
  void everyCaseLoadsStartedNewWithTheSeedAndReplicationsAsked() {
    for (CoverageCase c : CoverageCases.all()) {
      Scenario s = CoverageRunner.load(c, c.text(Start.NEW), 77, 12);
      assertEquals(77, s.seed(), c.id());
      assertEquals(12, s.replications(), c.id());
      Set<String> labels = new HashSet<>();
      for (Figure f : c.figures()) {
        assertTrue(labels.add(f.label()), c.id() + ": " + f.label() + " twice");
      }
    }
  }

  @Test
  void stationaryCasesAskForItInTheirText() {
    CoverageCase c = UnitCases.oneUnit();
    assertEquals(Start.STATIONARY, c.start());
    assertTrue(c.text(Start.STATIONARY).startsWith("start: stationary\n"));
    assertEquals(c.yaml(), c.text(Start.NEW));
  }

  @Test
  void aCaseMayNotSetWhatTheStudySets() {
    assertThrows(IllegalArgumentException.class, () -> new CoverageCase("x", "x",
        "name: x\nseed: 3\n", Start.NEW, List.of()));
  }

  @Test
  void detectorValuesAgreeWithANumericalIntegral() {
    // Midpoint sums over the phase V ∈ [0, I) of the failure within the heartbeat interval, with
    // weight e^{−μD} for being detected before the repair ends: a second route to the closed forms.
    double lambda = 1 / (1000 * UnitCases.HOUR);
    double mu = 1 / (10 * UnitCases.HOUR);
    double c = DetectorCases.DELAY + DetectorCases.TIMEOUT;
    double i = DetectorCases.INTERVAL;
    int steps = 100_000;
    double normalizer = -Math.expm1(-lambda * i);
    double detected = 0;
    double delay = 0;
    double belowP50 = 0;
    double belowP99 = 0;
    CoverageCase heartbeat = DetectorCases.heartbeat();
    double p50 = exact(heartbeat, "detection-delay-p50");
    double p99 = exact(heartbeat, "detection-delay-p99");
    for (int k = 0; k < steps; k++) {
      double v = (k + 0.5) * i / steps;
      double d = c - v;
      double weight = lambda * Math.exp(-lambda * v) / normalizer * Math.exp(-mu * d) * i / steps;
      detected += weight;
      delay += d * weight;
      belowP50 += d <= p50 ? weight : 0;
      belowP99 += d <= p99 ? weight : 0;
    }
    assertEquals(delay / detected, exact(heartbeat, "detection-delay"), 1e-9);
    assertEquals(0.50, belowP50 / detected, 1e-4);
    assertEquals(0.99, belowP99 / detected, 1e-4);
    double failures = 18_180.0 / 1010; // about f·H; the start-up term is 1e-4 of it
    assertEquals(failures * (1 - detected), exact(heartbeat, "missed-detections"),
        1e-3 * exact(heartbeat, "missed-detections"));
  }

  @Test
  void theSameOptionsGiveTheSameTableOnAnyNumberOfThreads() {
    List<CoverageCase> cases = CoverageCases.matching("^one-unit$");
    StudyOptions one = new StudyOptions(6, 40, List.of(3, 5), "^one-unit$", 1, Start.NEW,
        Path.of("unused"));
    StudyOptions two = new StudyOptions(6, 40, List.of(3, 5), "^one-unit$", 2, Start.NEW,
        Path.of("unused"));
    String first = CoverageReport.markdown(one, cases, CoverageStudy.run(one, cases))
        + CoverageReport.json(one, cases, CoverageStudy.run(one, cases));
    String second = CoverageReport.markdown(two, cases, CoverageStudy.run(two, cases))
        + CoverageReport.json(two, cases, CoverageStudy.run(two, cases));
    assertEquals(first, second);
    assertTrue(first.contains("| one-unit | system/mtbf | 5 |"), first);
    // The summary's line: coverage at R = 3 and R = 5, then the bias at R = 5.
    assertTrue(java.util.regex.Pattern.compile(
        "\n\\| one-unit \\| system/mtbf \\| \\**[0-9.]+\\** \\| \\**[0-9.]+\\** \\| [+-]")
        .matcher(first).find(), first);
  }

  private static double exact(CoverageCase c, String name) {
    return c.figures().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow()
        .exact();
  }
}
