package dev.nines.simulator.rare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WeightDiagnosticsTest {

  /**
   * Four branches (W, c) = (1, 0), (0.5, 2), (0.25, 1), (2, 1) by hand: Σc = 4, Σc² = 6, so the
   * effective sample size is 16/6, the largest share 2/4, the relative error
   * sqrt((4·6/16 − 1)/3) = sqrt(1/6); ΣW = 3.75, ΣW² = 5.3125, weight ESS 14.0625/5.3125. One branch
   * carries half the estimate: unreliable.
   */
  @Test
  void fourBranchesByHand() {
    WeightDiagnostics d = WeightDiagnostics.NONE.plus(1, 0).plus(0.5, 2).plus(0.25, 1).plus(2, 1);
    assertEquals(4, d.branches());
    assertEquals(3, d.hits());
    assertEquals(16.0 / 6, d.effectiveSampleSize(), 1e-15);
    assertEquals(0.5, d.largestShare(), 1e-15);
    assertEquals(Math.sqrt(1.0 / 6), d.relativeError(), 1e-15);
    assertEquals(14.0625 / 5.3125, d.weightEffectiveSampleSize(), 1e-15);
    assertTrue(d.warning().contains("50 %"), d.warning());
    assertTrue(d.unreliable());
  }

  @Test
  void mergingIsAddingInOrder() {
    WeightDiagnostics a = WeightDiagnostics.NONE.plus(1, 0).plus(0.5, 2);
    WeightDiagnostics b = WeightDiagnostics.NONE.plus(0.25, 1).plus(2, 1);
    assertEquals(WeightDiagnostics.NONE.plus(1, 0).plus(0.5, 2).plus(0.25, 1).plus(2, 1),
        a.merge(b));
  }

  /** A hundred equal contributions: worth a hundred, none carries more than 1 %: reliable. */
  @Test
  void evenContributionsAreReliable() {
    WeightDiagnostics d = WeightDiagnostics.NONE;
    for (int i = 0; i < 100; i++) {
      d = d.plus(1e-9, 3e-9);
    }
    assertEquals(100, d.effectiveSampleSize(), 1e-9);
    assertEquals(0.01, d.largestShare(), 1e-12);
    assertEquals(0, d.relativeError(), 1e-6);
    assertNull(d.warning());
  }

  @Test
  void nothingReachedOrTooFewSaySo() {
    assertTrue(WeightDiagnostics.NONE.plus(3, 0).warning().startsWith("no branch reached"));
    WeightDiagnostics few = WeightDiagnostics.NONE;
    for (int i = 0; i < 10; i++) {
      few = few.plus(1, 1);
    }
    assertTrue(few.warning().startsWith("effective sample size 10.0"), few.warning());
    assertThrows(IllegalArgumentException.class, () -> WeightDiagnostics.NONE.plus(-1, 0));
    assertThrows(IllegalArgumentException.class, () -> WeightDiagnostics.NONE.plus(1, Double.NaN));
  }
}
