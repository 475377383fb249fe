package dev.nines.scenarios;

import static dev.nines.scenarios.Scenarios.assertProblem;
import static dev.nines.scenarios.Scenarios.single;
import static dev.nines.scenarios.Scenarios.withFailure;
import static dev.nines.scenarios.Scenarios.withRepair;

import org.junit.jupiter.api.Test;

/**
 * Bad durations, rates, numbers and distributions.
 * Each test checks the message, the hint and the exact line and column.
 * {@link Scenarios#withFailure} writes {@code failure} on line 5 (value at column 14) and
 * {@code repair} on line 6 (value at column 13).
 */
class ValueProblemsTest {

  private static final String UNITS = "ns us ms s m h d w y";

  @Test
  void bareNumberDuration() {
    Problem p = single("name: t\nhorizon: 1000\ncomponents: {a: {}}\n");
    assertProblem(p, 2, 10, "horizon", "a duration needs a unit, got the bare number 1000",
        "write e.g. '1000s' for seconds or '1000h' for hours; units: " + UNITS);
  }

  @Test
  void unknownUnit() {
    Problem p = single(withRepair("8hrs"));
    assertProblem(p, 6, 13, "components.a.repair", "unknown unit 'hrs' in '8hrs'",
        "did you mean '8h'? units are " + UNITS);
  }

  @Test
  void notADuration() {
    Problem p = single(withRepair("soon"));
    assertProblem(p, 6, 13, "components.a.repair", "'soon' is not a duration",
        "write a number and a unit, e.g. '1000h'; units: " + UNITS);
  }

  @Test
  void negativeDuration() {
    Problem p = single(withFailure("{dist: lognormal, mean: 8h, sd: -4h}"));
    assertProblem(p, 5, 46, "components.a.failure.sd", "a duration must not be negative, got '-4h'",
        null);
  }

  @Test
  void zeroParameter() {
    Problem p = single(withFailure("{dist: exponential, mean: 0s}"));
    assertProblem(p, 5, 40, "components.a.failure.mean", "mean must be positive, got 0s",
        "a zero duration is not allowed here");
  }

  @Test
  void nonPositiveNumber() {
    Problem p = single(withFailure("{dist: weibull, shape: -1.5, scale: 100h}"));
    assertProblem(p, 5, 37, "components.a.failure.shape", "shape must be positive, got -1.5", null);
  }

  @Test
  void badRate() {
    Problem p = single(withFailure("{dist: exponential, rate: 1000h}"));
    assertProblem(p, 5, 40, "components.a.failure.rate", "'1000h' is not a rate",
        "a rate is a count per time: write '1/1000h' for once every 1000h, or give a mean instead");
  }

  @Test
  void bareNumberRate() {
    Problem p = single(withFailure("{dist: exponential, rate: 0.001}"));
    assertProblem(p, 5, 40, "components.a.failure.rate",
        "a rate needs a time unit, got the bare number 0.001",
        "write e.g. '0.001/h' for per hour or '0.001/s' for per second");
  }

  @Test
  void zeroRate() {
    Problem p = single(withFailure("{dist: exponential, rate: 0/h}"));
    assertProblem(p, 5, 40, "components.a.failure.rate",
        "a rate must be positive and finite, got '0/h'", null);
  }

  @Test
  void unknownDistribution() {
    Problem p = single(withFailure("{dist: exponental, mean: 1000h}"));
    assertProblem(p, 5, 21, "components.a.failure.dist", "unknown distribution 'exponental'",
        "did you mean 'exponential'?");
  }

  @Test
  void missingDistributionParameter() {
    Problem p = single(withFailure("{dist: weibull, shape: 2}"));
    assertProblem(p, 5, 14, "components.a.failure.scale", "missing required field 'scale'",
        "weibull takes 'shape', a number, and 'scale', a duration");
  }

  @Test
  void exponentialTakesMeanOrRateNotBoth() {
    Problem p = single(withFailure("{dist: exponential, mean: 1h, rate: 1/h}"));
    assertProblem(p, 5, 44, "components.a.failure.rate", "give either 'mean' or 'rate', not both",
        "mean = 1 / rate");
  }

  @Test
  void uniformMaxMustExceedMin() {
    Problem p = single(withFailure("{dist: uniform, min: 5h, max: 2h}"));
    assertProblem(p, 5, 44, "components.a.failure.max", "uniform max must be greater than min",
        "min is 5h, max is 2h");
  }

  @Test
  void emptyEmpiricalValues() {
    Problem p = single(withFailure("{dist: empirical, values: []}"));
    assertProblem(p, 5, 40, "components.a.failure.values",
        "empirical values must be a non-empty list of durations", "e.g. values: [2h, 3.5h, 8h]");
  }

  @Test
  void allZeroEmpiricalValuesComeFromTheRecord() {
    Problem p = single(withFailure("{dist: empirical, values: [0, 0s]}"));
    assertProblem(p, 5, 40, "components.a.failure.values", "empirical values must not all be zero",
        null);
  }

  @Test
  void nonIntegerCount() {
    Problem p = single(withFailure("1000h") + "    count: 2.5\n");
    assertProblem(p, 7, 12, "components.a.count", "count must be a whole number, got 2.5", null);
  }

  @Test
  void quotedNumberWhereANumberBelongs() {
    Problem p = single(withFailure("1000h") + "    count: \"2\"\n");
    assertProblem(p, 7, 12, "components.a.count", "expected a whole number, got the quoted text \"2\"",
        "remove the quotes");
  }

  @Test
  void infinityAndNanAreNotNumbers() {
    Problem inf = single(withFailure("{dist: weibull, shape: .inf, scale: 1h}"));
    assertProblem(inf, 5, 37, "components.a.failure.shape", "shape must be a finite number, got .inf",
        null);
    Problem nan = single(withFailure("1000h") + "confidence: .nan\n");
    assertProblem(nan, 7, 13, "confidence", "confidence must be a finite number, got .nan", null);
  }
}
