package dev.nines.benchmarks.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tally: Wilson intervals, the judging of one interval, relative bias. */
class CoverageTest {

  private static final Figure AVAILABILITY =
      Figure.of("system", "availability", 0.99, "1", Range.PROBABILITY, "test");
  private static final Figure MTBF =
      Figure.of("system", "mtbf", 100, "s", Range.NON_NEGATIVE, "test");

  @Test
  void wilsonIntervalOf95In100() {
    // Worked by hand: center (p + z²/2n)/(1 + z²/n), half z√(p(1−p)/n + z²/4n²)/(1 + z²/n).
    double[] w = Coverage.wilson(95, 100, Coverage.Z95);
    assertEquals(0.88825, w[0], 5e-5);
    assertEquals(0.97845, w[1], 5e-5);
  }

  @Test
  void wilsonIntervalAtTheEdges() {
    double[] none = Coverage.wilson(0, 50, Coverage.Z95);
    assertEquals(0, none[0], 1e-15);
    assertEquals(3.8415 / (50 + 3.8415), none[1], 1e-4);
    double[] all = Coverage.wilson(50, 50, Coverage.Z95);
    assertEquals(50 / (50 + 3.8415), all[0], 1e-4);
    assertEquals(1, all[1], 1e-15);
  }

  @Test
  void intervalContainingTheValueCovers() {
    Check c = Check.of(AVAILABILITY, 0.99, 0.98, 0.995);
    assertTrue(c.covered());
    assertFalse(c.zeroWidth() || c.outOfRange() || c.missing() || c.oneSided());
  }

  @Test
  void zeroWidthIntervalAtOneMissesAndIsFlagged() {
    Check c = Check.of(AVAILABILITY, 1, 1, 1);
    assertFalse(c.covered());
    assertTrue(c.zeroWidth());
    assertFalse(c.outOfRange());
  }

  @Test
  void boundsOutsideTheRangeAreFlagged() {
    assertTrue(Check.of(AVAILABILITY, 0.99, 0.97, 1.01).outOfRange());
    assertTrue(Check.of(MTBF, 50, -10, 110).outOfRange());
    assertFalse(Check.of(MTBF, 50, 10, Double.POSITIVE_INFINITY).outOfRange());
    assertTrue(Check.of(MTBF, 50, 10, Double.POSITIVE_INFINITY).covered());
  }

  @Test
  void unknownBoundsAreMissingOrOneSided() {
    Check missing = Check.of(MTBF, Double.NaN, Double.NaN, Double.NaN);
    assertTrue(missing.missing());
    assertFalse(missing.covered());
    Check upper = Check.of(MTBF, 120, 90, Double.NaN);
    assertTrue(upper.oneSided());
    assertTrue(upper.covered());
    assertFalse(Check.of(MTBF, 120, 101, Double.NaN).covered());
    assertFalse(Check.UNREPORTED.reported());
  }

  @Test
  void tallyCountsAndRelativeBias() {
    CoverageCase c = new CoverageCase("t", "t", "name: t\n", Start.NEW, List.of(MTBF));
    List<Check> checks = new ArrayList<>();
    checks.add(Check.of(MTBF, 90, 80, 120));
    checks.add(Check.of(MTBF, 130, 110, 150));
    checks.add(Check.of(MTBF, 110, 100, 100));
    checks.add(Check.of(MTBF, Double.NaN, Double.NaN, Double.NaN));
    Coverage tally = Coverage.of(c, MTBF, 10, checks);
    assertEquals(4, tally.seeds());
    assertEquals(2, tally.covered()); // [80, 120] and the zero-width [100, 100]
    assertEquals(1, tally.zeroWidth());
    assertEquals(1, tally.missing());
    assertEquals(3, tally.estimates());
    assertEquals(0.1, tally.relativeBias(), 1e-12); // mean 110 against 100
    assertEquals(20 / Math.sqrt(3) / 100, tally.relativeBiasError(), 1e-12);
  }

  @Test
  void infiniteEstimateMakesAnInfiniteBias() {
    Figure nines = Figure.of("system", "nines", 2, "1", Range.NON_NEGATIVE, "test");
    CoverageCase c = new CoverageCase("t", "t", "name: t\n", Start.NEW, List.of(nines));
    Coverage tally = Coverage.of(c, nines, 10, List.of(Check.of(nines, 2, 1.5, 2.5),
        Check.of(nines, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.POSITIVE_INFINITY)));
    assertEquals(Double.POSITIVE_INFINITY, tally.relativeBias());
  }
}
