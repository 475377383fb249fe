package dev.nines.models.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nines.models.structure.Structure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The structure function against formulas worked out by hand. */
class StructureFunctionTest {

  private static final double P = 0.9;
  private static final double Q = 0.8;
  private final StructureFunction f =
      new StructureFunction(Map.of("a", P, "b", Q, "r", P), Map.of("a", 1, "b", 1, "r", 3));

  private static Structure.Group g(String name) {
    return new Structure.Group(name);
  }

  @Test
  void seriesParallelAndKOfN() {
    assertEquals(P * Q, f.availability(new Structure.Series(List.of(g("a"), g("b")))), 1e-15);
    assertEquals(1 - (1 - P) * (1 - Q),
        f.availability(new Structure.Parallel(List.of(g("a"), g("b")))), 1e-15);
    // 2-of-3 identical: 3p²(1-p) + p³ = 3p² - 2p³
    assertEquals(3 * P * P - 2 * P * P * P, f.availability(new Structure.AtLeastOfGroup(2, "r")), 1e-15);
    // a group is all of its units
    assertEquals(P * P * P, f.availability(g("r")), 1e-15);
    // 2-of-[a, b, r]: P(at least two of three independent events)
    double r = P * P * P;
    double twoOfThree = P * Q * (1 - r) + P * (1 - Q) * r + (1 - P) * Q * r + P * Q * r;
    assertEquals(twoOfThree, f.availability(new Structure.AtLeast(2, List.of(g("a"), g("b"), g("r")))),
        1e-15);
  }

  @Test
  void birnbaumImportance() {
    var series = new Structure.Series(List.of(g("a"), g("b")));
    assertEquals(Q, f.importance(series, "a"), 1e-15); // I_a = A(a up) - A(a down) = q - 0
    var parallel = new Structure.Parallel(List.of(g("a"), g("b")));
    assertEquals(1 - Q, f.importance(parallel, "a"), 1e-15); // 1 - (1 - q)
    // one unit of 2-of-3: P(at least one of the other two) - P(both other two) = 2p(1-p)
    assertEquals(2 * P * (1 - P), f.importance(new Structure.AtLeastOfGroup(2, "r"), "r"), 1e-15);
  }

  @Test
  void binomialTail() {
    assertEquals(1, StructureFunction.binomialAtLeast(0, 5, 0.3));
    assertEquals(0, StructureFunction.binomialAtLeast(6, 5, 0.3));
    assertEquals(Math.pow(0.3, 5), StructureFunction.binomialAtLeast(5, 5, 0.3), 1e-15);
    assertEquals(1 - Math.pow(0.7, 5), StructureFunction.binomialAtLeast(1, 5, 0.3), 1e-14);
  }
}
