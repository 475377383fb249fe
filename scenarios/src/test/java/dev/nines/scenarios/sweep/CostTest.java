package dev.nines.scenarios.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --cost}: arithmetic over numbers and scenario paths. */
class CostTest {

  private static final Map<String, Double> VALUES = Map.of(
      "components.app.count", 3.0,
      "crews.ops.size", 2.0,
      "detectors.hb.heartbeat.timeout", 10.0,
      "a.mean-time", 5.0,
      "a.count", 4.0,
      "faults[0].at", 7.0,
      "x", 6.0);

  private static final ToDoubleFunction<String> LOOKUP = path -> {
    Double v = VALUES.get(path);
    if (v == null) {
      throw new AssertionError("unexpected path " + path);
    }
    return v;
  };

  private static double eval(String text) {
    return Cost.parse(text).evaluate(LOOKUP);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "2+3*4 | 14",
      "2*3+4 | 10",
      "(2+3)*4 | 20",
      "2*(3+4) | 14",
      "10-4-3 | 3",
      "100/10/5 | 2",
      "8/4*2 | 4",
      "-3+5 | 2",
      "-(3+5) | -8",
      "2*-3 | -6",
      "--3 | 3",
      "+3 | 3",
      "-2*-2 | 4",
      "1e3 + 0.5 | 1000.5",
      "1.5e-1*10 | 1.5",
      ".5 + 1. | 1.5",
      "  ( ( 1 ) )  | 1",
      "components.app.count * 100 + crews.ops.size * 1e3 | 2300",
      "detectors.hb.heartbeat.timeout / 2 | 5",
      "a.mean-time * 2 | 10",
      "a.count-1 | 3",
      "a.count - 1 | 3",
      "a.count*-1 | -4",
      "faults[0].at + 1 | 8",
      "x*x | 36",
      "-x | -6",
  })
  void evaluates(String text, double expected) {
    assertEquals(expected, eval(text), 1e-12);
  }

  @Test
  void divisionByZero() {
    assertEquals(Double.POSITIVE_INFINITY, eval("1/0"));
    assertEquals(Double.NEGATIVE_INFINITY, eval("-1/0"));
    assertTrue(Double.isNaN(eval("0/0")));
  }

  @Test
  void paths() {
    Cost cost = Cost.parse("crews.ops.size * 10 + components.app.count * (crews.ops.size + x)");
    assertEquals(List.of("crews.ops.size", "components.app.count", "x"),
        List.copyOf(cost.paths()));
    assertTrue(Cost.parse("1 + 2").paths().isEmpty());
    assertEquals("a.count * 2", Cost.parse("  a.count * 2 ").toString());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "'' | at column 1: expected a number, a path or '(', got the end",
      "2 + | at column 4: expected a number, a path or '(', got the end",
      "a + * b | at column 5: expected a number, a path or '(', got '*'",
      "2 * (3 + 4 | at column 11: expected ')'",
      "(2)) | at column 4: expected an operator (+ - * /) or the end, got ')'",
      "2 3 | at column 3: expected an operator (+ - * /) or the end, got '3'",
      "a b | at column 3: expected an operator",
      "2x | at column 2: expected an operator after the number 2, got 'x'",
      "1e | at column 2: expected an operator after the number 1, got 'e'",
      "a. + 1 | at column 3: expected a name after '.'",
      "a.b.  | at column 5: expected a name after '.'",
      "faults[x].at | at column 8: expected an index such as [0]",
      "2 ^ 3 | at column 3: expected an operator (+ - * /) or the end, got '^'",
      "$cost | at column 1: expected a number, a path or '(', got '$'",
      "() | at column 2: expected a number, a path or '(', got ')'",
  })
  void errors(String text, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Cost.parse(text));
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
    assertTrue(e.getMessage().endsWith("in '" + text + "'"), e.getMessage());
  }
}
