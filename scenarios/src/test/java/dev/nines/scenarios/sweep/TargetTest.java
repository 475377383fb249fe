package dev.nines.scenarios.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.scenarios.sweep.Target.Op;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --target [SCOPE.]METRIC OP VALUE} and the verdict on a confidence interval. */
class TargetTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "availability>=0.9999 | system | availability | GE | 0.9999",
      "system.availability >= 0.9999 | system | availability | GE | 0.9999",
      "  availability  >=  0.9999  | system | availability | GE | 0.9999",
      "traffic.response-p99<=200ms | traffic | response-p99 | LE | 0.2",
      "response-p99 < 1.5s | traffic | response-p99 | LT | 1.5",
      "app.unit-availability>0.99 | app | unit-availability | GT | 0.99",
      "app[0].utilization<0.8 | app[0] | utilization | LT | 0.8",
      "utilization<0.8 | traffic | utilization | LT | 0.8",
      "keys-moved <= 1e3 | traffic | keys-moved | LE | 1000",
      "downtime <= 5m | system | downtime | LE | 300",
      "ops.busy-fraction<0.5 | ops | busy-fraction | LT | 0.5",
      "detectors.hb.false-alarms<=1 | detectors.hb | false-alarms | LE | 1",
      "outage-p99<=1h | system | outage-p99 | LE | 3600",
  })
  void parses(String text, String scope, String metric, Op op, double value) {
    Target t = Target.parse(text);
    assertEquals(scope, t.scope());
    assertEquals(metric, t.metric());
    assertEquals(op, t.op());
    assertEquals(value, t.value(), value * 1e-15);
    assertEquals(text.trim(), t.text());
  }

  @Test
  void normalizedText() {
    assertEquals("system.availability >= 0.9999", Target.parse("availability>=0.9999").toString());
    assertEquals("traffic.response-p99 <= 200ms",
        Target.parse("response-p99  <=200ms").toString());
    assertEquals("app.unit-availability > 0.99",
        Target.parse("app.unit-availability>0.99").toString());
    assertEquals("system.availability < 0.5",
        new Target("system", "availability", Op.LT, 0.5, "").toString());
  }

  @Test
  void decideAtLeast() {
    Target t = Target.parse("availability>=0.999");
    assertEquals(Boolean.TRUE, t.decide(0.9995, 0.999, 0.9999));
    assertEquals(Boolean.TRUE, t.decide(0.9995, 0.9991, 0.9999));
    assertEquals(Boolean.FALSE, t.decide(0.99, 0.98, 0.9989));
    assertNull(t.decide(0.999, 0.998, 0.9995));
    assertNull(t.decide(0.999, 0.9985, 0.999));
    assertNull(t.decide(Double.NaN, Double.NaN, Double.NaN));
    assertNull(t.decide(0.9995, Double.NaN, Double.NaN));
    // No replication saw an outage: [1, 1] is no evidence, however good it looks.
    assertNull(t.decide(1, 1, 1));
    assertNull(t.decide(0.5, 0.5, 0.5));
    assertTrue(t.metByMean(0.999));
    assertFalse(t.metByMean(0.9989));
    assertFalse(t.metByMean(Double.NaN));
  }

  @Test
  void decideStrictly() {
    Target gt = Target.parse("a.x > 1");
    assertNull(gt.decide(1.5, 1, 2));
    assertEquals(Boolean.FALSE, gt.decide(0.5, 0, 1));
    assertEquals(Boolean.TRUE, gt.decide(1.5, 1.0001, 2));
    assertFalse(gt.metByMean(1));
    Target lt = Target.parse("a.x < 1");
    assertNull(lt.decide(0.5, 0, 1));
    assertEquals(Boolean.FALSE, lt.decide(1.5, 1, 2));
    assertEquals(Boolean.TRUE, lt.decide(0.5, 0, 0.999));
    Target le = Target.parse("response-p99 <= 200ms");
    assertEquals(Boolean.TRUE, le.decide(0.15, 0.1, 0.2));
    assertEquals(Boolean.FALSE, le.decide(0.25, 0.2001, 0.3));
    assertNull(le.decide(0.2, 0.19, 0.21));
    assertEquals(Boolean.TRUE, le.decide(0.1, Double.NEGATIVE_INFINITY, 0.2));
    assertTrue(le.metByMean(0.2));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "'' | '' has no comparison",
      "availability | 'availability' has no comparison",
      "availability=0.9 | 'availability=0.9' has no comparison",
      "availability==0.9 | has no comparison",
      "availability=>0.9 | '=>' in 'availability=>0.9' is not a comparison",
      "availability>>0.9 | '>>' in 'availability>>0.9' is not a comparison",
      "availability<>0.9 | '<>' in 'availability<>0.9' is not a comparison",
      "availability!<0.9 | '!<' in",
      "availability>=<0.9 | '>=<' in",
      ">=0.9 | names no figure before >=",
      "availability>= | has no value after >=",
      "availability>=high | 'high' in 'availability>=high' is not a value",
      "response-p99<=200 lightyears | '200 lightyears' in",
      "response-p99<=200q | '200q' in",
      "availability>=1e999 | too large",
      "system.>=0.9 | '' in 'system.>=0.9' is not a metric name",
      "system.Avail ability>=0.9 | 'Avail ability' in",
      "system.9lives>=0.9 | '9lives' in",
      ".availability>=0.9 | '' in '.availability>=0.9' is not a scope",
      "a..availability>=0.9 | 'a.' in",
      "a b.availability>=0.9 | 'a b' in",
  })
  void errors(String text, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Target.parse(text));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void validatesFields() {
    assertThrows(IllegalArgumentException.class,
        () -> new Target("system", "availability", Op.GE, Double.NaN, "x"));
    assertThrows(IllegalArgumentException.class,
        () -> new Target(" ", "availability", Op.GE, 1, "x"));
    assertThrows(NullPointerException.class,
        () -> new Target("system", "availability", null, 1, "x"));
  }

  @Test
  void aMisspeltFigureIsCorrectedAsItWasWritten() {
    java.util.List<String> figures = java.util.List.of("system.availability",
        "system.unavailability", "traffic.response-p99", "app.unit-availability");
    assertEquals("availability>=0.999",
        Target.parse("availabilty>=0.999").corrected(figures));
    assertEquals("system.availability >= 0.999",
        Target.parse("sytem.availability >= 0.999").corrected(figures));
    assertEquals("response-p99<=200ms",
        Target.parse("response-p90<=200ms").corrected(figures));
    assertEquals("app.unit-availability>0.9",
        Target.parse("unit-availability>0.9").corrected(figures)); // not in system: scoped
    assertNull(Target.parse("throughput>=5").corrected(figures));
  }
}
