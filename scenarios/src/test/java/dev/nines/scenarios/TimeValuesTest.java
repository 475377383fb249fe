package dev.nines.scenarios;

import static dev.nines.scenarios.Scenarios.load;
import static dev.nines.scenarios.Scenarios.withFailure;
import static dev.nines.scenarios.Scenarios.withRepair;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Exponential;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Durations and rates with every unit: ns us ms s m h d w y, y = 365 d. */
class TimeValuesTest {

  @ParameterizedTest(name = "{0} = {1} s")
  @CsvSource(delimiter = '|', value = {
      "5ns | 5e-9",
      "5us | 5e-6",
      "5ms | 5e-3",
      "2.5 ms | 2.5e-3",
      "5s | 5",
      "5m | 300",
      "5h | 18000",
      "5d | 432000",
      "5w | 3024000",
      "5y | 157680000",
      "1000h | 3.6e6",
      ".5h | 1800",
      "1e3s | 1000",
      "'\"8h\"' | 28800",
  })
  void durations(String text, double seconds) throws ScenarioException {
    Deterministic d = (Deterministic) load(withRepair(text)).system().group("a").repair();
    assertEquals(seconds, d.value(), seconds * 1e-12);
  }

  @ParameterizedTest(name = "{0} = {1} per s")
  @CsvSource(delimiter = '|', value = {
      "900/s | 900",
      "0.001/h | 2.7777777777777776e-7",
      "1/2000h | 1.388888888888889e-7",
      "6/m | 0.1",
      "2/d | 2.3148148148148147e-5",
      "1/w | 1.6534391534391535e-6",
      "3/y | 9.512937595129376e-8",
      "1/10ms | 100",
      "4/us | 4e6",
      "1/ns | 1e9",
      "1 / 2 h | 1.388888888888889e-4",
  })
  void rates(String text, double perSecond) throws ScenarioException {
    Exponential e = (Exponential) load(withFailure("{dist: exponential, rate: " + text + "}"))
        .system().group("a").failure();
    assertEquals(perSecond, e.rate(), perSecond * 1e-12);
  }
}
