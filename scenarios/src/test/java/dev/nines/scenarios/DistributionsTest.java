package dev.nines.scenarios;

import static dev.nines.scenarios.Scenarios.load;
import static dev.nines.scenarios.Scenarios.withFailure;
import static dev.nines.scenarios.Scenarios.withRepair;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Distribution;
import dev.nines.models.distributions.Empirical;
import dev.nines.models.distributions.Erlang;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.distributions.Gamma;
import dev.nines.models.distributions.Lognormal;
import dev.nines.models.distributions.Uniform;
import dev.nines.models.distributions.Weibull;
import org.junit.jupiter.api.Test;

/** Every form of distribution the language has (DESIGN.md §4). */
class DistributionsTest {

  private static final double H = 3600;

  private static Distribution failure(String yaml) throws ScenarioException {
    return load(withFailure(yaml)).system().group("a").failure();
  }

  @Test
  void exponentialByMean() throws ScenarioException {
    assertEquals(new Exponential(1000 * H), failure("{dist: exponential, mean: 1000h}"));
  }

  @Test
  void exponentialByRate() throws ScenarioException {
    Exponential e = assertInstanceOf(Exponential.class, failure("{dist: exponential, rate: 1/1000h}"));
    assertEquals(1000 * H, e.mean(), 1e-6);
    Exponential perHour = assertInstanceOf(Exponential.class,
        failure("{dist: exponential, rate: 0.001/h}"));
    assertEquals(1000 * H, perHour.mean(), 1e-6);
  }

  @Test
  void weibull() throws ScenarioException {
    assertEquals(new Weibull(1.5, 2000 * H), failure("{dist: weibull, shape: 1.5, scale: 2000h}"));
  }

  @Test
  void lognormal() throws ScenarioException {
    assertEquals(new Lognormal(8 * H, 4 * H), failure("{dist: lognormal, mean: 8h, sd: 4h}"));
  }

  @Test
  void gamma() throws ScenarioException {
    assertEquals(new Gamma(2, 500 * H), failure("{dist: gamma, shape: 2, mean: 500h}"));
  }

  @Test
  void erlang() throws ScenarioException {
    assertEquals(new Erlang(3, 600 * H), failure("{dist: erlang, k: 3, mean: 600h}"));
  }

  @Test
  void uniformMayStartAtZero() throws ScenarioException {
    assertEquals(new Uniform(0, 2 * H), failure("{dist: uniform, min: 0, max: 2h}"));
    assertEquals(new Uniform(H, 2 * H), failure("{dist: uniform, min: 1h, max: 2h}"));
  }

  @Test
  void deterministic() throws ScenarioException {
    assertEquals(new Deterministic(90 * 60), failure("{dist: deterministic, value: 90m}"));
  }

  @Test
  void aBareDurationIsShorthandForDeterministic() throws ScenarioException {
    assertEquals(new Deterministic(8 * H), load(withRepair("8h")).system().group("a").repair());
  }

  @Test
  void empirical() throws ScenarioException {
    assertEquals(new Empirical(new double[] {2 * H, 0, 3.5 * H}),
        failure("{dist: empirical, values: [2h, 0, 3.5h]}"));
  }

  @Test
  void blockStyleMapsWork() throws ScenarioException {
    Distribution d = failure("\n      dist: weibull\n      shape: 0.8\n      scale: 100d");
    assertEquals(new Weibull(0.8, 100 * 24 * H), d);
  }
}
