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
  private final StructureFunction f = new StructureFunction(
      Map.of("a", unit(P), "b", unit(Q), "r", unit(P)), Map.of("a", 1, "b", 1, "r", 3));

  private static StructureFunction.Unit unit(double p) {
    return new StructureFunction.Unit(p, 1 - p);
  }

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

  /**
   * With units down 1e-9 of the time, 1 − A is lost to rounding: P(up) of a parallel pair is 1 in
   * doubles. P(down) and the importance are still exact: U = u_a u_b, I_a = u_b (a is critical
   * while b is down), and a 2-of-3's P(down) = 3u²(1 − u) + u³, I = 2u(1 − u).
   */
  @Test
  void tinyUnavailabilitiesKeepTheirDigits() {
    double ua = 1e-9;
    double ub = 3e-9;
    double ur = 2e-9;
    var tiny = new StructureFunction(Map.of("a", new StructureFunction.Unit(1 - ua, ua),
        "b", new StructureFunction.Unit(1 - ub, ub), "r", new StructureFunction.Unit(1 - ur, ur)),
        Map.of("a", 1, "b", 1, "r", 3));
    var parallel = new Structure.Parallel(List.of(g("a"), g("b")));
    assertEquals(1.0, tiny.availability(parallel));
    assertEquals(ua * ub, tiny.unavailability(parallel), 1e-15 * ua * ub);
    assertEquals(ub, tiny.importance(parallel, "a"), 1e-15 * ub);
    var twoOfThree = new Structure.AtLeastOfGroup(2, "r");
    assertEquals(3 * ur * ur * (1 - ur) + ur * ur * ur, tiny.unavailability(twoOfThree),
        1e-14 * ur * ur);
    assertEquals(2 * ur * (1 - ur), tiny.importance(twoOfThree, "r"), 1e-14 * ur);
    // in series: U = 1 - (1 - ua)(1 - ub) = ua + ub - ua ub, I_a = 1 - ub
    var series = new Structure.Series(List.of(g("a"), g("b")));
    assertEquals(ua + ub - ua * ub, tiny.unavailability(series), 1e-15 * (ua + ub));
    assertEquals(1 - ub, tiny.importance(series, "a"), 1e-15);
    // 2-of-[a, b, r-group]: down while two of the three parts are down (or all three)
    double ug = tiny.unavailability(g("r"));
    assertEquals(3 * ur - 3 * ur * ur + ur * ur * ur, ug, 1e-14 * ug);
    double expected = ua * ub * (1 - ug) + ua * (1 - ub) * ug + (1 - ua) * ub * ug + ua * ub * ug;
    assertEquals(expected, tiny.unavailability(
        new Structure.AtLeast(2, List.of(g("a"), g("b"), g("r")))), 1e-14 * expected);
  }

  @Test
  void binomialTail() {
    assertEquals(1, StructureFunction.binomialAtLeast(0, 5, 0.3, 0.7));
    assertEquals(0, StructureFunction.binomialAtLeast(6, 5, 0.3, 0.7));
    assertEquals(Math.pow(0.3, 5), StructureFunction.binomialAtLeast(5, 5, 0.3, 0.7), 1e-15);
    assertEquals(1 - Math.pow(0.7, 5), StructureFunction.binomialAtLeast(1, 5, 0.3, 0.7), 1e-14);
    // the lower tail on its own: P(none of 5 up) = 0.7^5, P(fewer than 6 up) = 1, none below 0
    assertEquals(Math.pow(0.7, 5), StructureFunction.binomialBelow(1, 5, 0.3, 0.7), 1e-15);
    assertEquals(1, StructureFunction.binomialBelow(6, 5, 0.3, 0.7), 1e-15);
    assertEquals(0, StructureFunction.binomialBelow(0, 5, 0.3, 0.7));
  }
}
