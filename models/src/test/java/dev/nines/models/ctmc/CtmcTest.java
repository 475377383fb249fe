package dev.nines.models.ctmc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chain type: building, checking and reading back rates. */
class CtmcTest {

  @Test
  void buildsSortedRowsAndColumnsAndSumsRepeatedRates() {
    Ctmc chain = Ctmc.builder(3)
        .rate(2, 0, 1.0)
        .rate(0, 2, 0.5)
        .rate(0, 1, 0.25)
        .rate(0, 2, 0.5) // accumulates with the first 0 -> 2
        .rate(1, 0, 3.0)
        .build();
    assertEquals(3, chain.size());
    assertEquals(4, chain.transitions());
    assertEquals(1.0, chain.rate(0, 2));
    assertEquals(0.0, chain.rate(2, 1));
    assertEquals(1.25, chain.exitRate(0));
    assertEquals(3.0, chain.exitRate(1));
    assertEquals(1.0, chain.exitRate(2));
    assertEquals(3.0, chain.maxExitRate());

    List<String> all = new ArrayList<>();
    chain.forEachTransition((from, to, rate) -> all.add(from + ">" + to + "@" + rate));
    assertEquals(List.of("0>1@0.25", "0>2@1.0", "1>0@3.0", "2>0@1.0"), all);
    List<String> into = new ArrayList<>();
    chain.forEachEntering(0, (from, to, rate) -> into.add(from + ">" + to));
    assertEquals(List.of("1>0", "2>0"), into);
  }

  @Test
  void multipliesByTheGenerator() {
    Ctmc chain = Chains.oneUnit(1, 9);
    // p Q for p = (0.9, 0.1): (-0.9 + 0.9, 0.9 - 0.9) = 0: the stationary distribution
    assertArrayEquals(new double[] {0, 0}, chain.multiply(new double[] {0.9, 0.1}), 1e-15);
    assertArrayEquals(new double[] {-1, 1}, chain.multiply(new double[] {1, 0}), 1e-15);
  }

  @Test
  void rejectsBadRates() {
    Ctmc.Builder b = Ctmc.builder(2);
    assertThrows(IllegalArgumentException.class, () -> b.rate(0, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> b.rate(0, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> b.rate(0, 1, -1));
    assertThrows(IllegalArgumentException.class, () -> b.rate(0, 1, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> b.rate(0, 1, Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> b.rate(0, 2, 1));
    assertThrows(IllegalArgumentException.class, () -> b.rate(-1, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> Ctmc.builder(0));
  }

  @Test
  void aChainWithoutTransitionsIsFine() {
    Ctmc chain = Ctmc.builder(2).build();
    assertEquals(0, chain.transitions());
    assertEquals(0.0, chain.maxExitRate());
  }
}
