package dev.nines.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class DurationsTest {

  private static double parse(String text) {
    OptionalDouble d = Durations.parse(text);
    assertTrue(d.isPresent(), () -> "should parse: '" + text + "'");
    return d.getAsDouble();
  }

  private static void assertSeconds(double expected, String text) {
    assertEquals(expected, parse(text), Math.abs(expected) * 1e-12, text);
  }

  @Test
  void everyUnit() {
    assertSeconds(1e-9, "1ns");
    assertSeconds(1e-6, "1us");
    assertSeconds(1e-3, "1ms");
    assertSeconds(1, "1s");
    assertSeconds(60, "1m");
    assertSeconds(3600, "1h");
    assertSeconds(86_400, "1d");
    assertSeconds(604_800, "1w");
    assertSeconds(31_536_000, "1y"); // 365 days
    assertSeconds(3_600_000, "1000h");
    assertEquals(3600.0, Durations.HOUR);
    assertEquals(365 * 86_400.0, Durations.YEAR);
  }

  @Test
  void unitsAreListedSmallestFirst() {
    assertEquals(List.of("ns", "us", "ms", "s", "m", "h", "d", "w", "y"),
        List.copyOf(Durations.UNITS.keySet()));
    assertEquals(60.0, Durations.unit("m"));
    assertNull(Durations.unit("min"));
  }

  @Test
  void decimalsExponentsAndSpaces() {
    assertSeconds(0.0025, "2.5ms");
    assertSeconds(1800, ".5h");
    assertSeconds(7200, "2.h");
    assertSeconds(1000, "1e3s");
    assertSeconds(1000, "1E3s");
    assertSeconds(0.0015, "1.5e-3s");
    assertSeconds(3600, "1e+0h");
    assertSeconds(0.0025, "2.5 ms");
    assertSeconds(36_000, "  10h  ");
    assertSeconds(0, "0s");
    assertSeconds(120, "+2m");
  }

  @Test
  void ratesAreCountsPerDurationInEventsPerSecond() {
    assertEquals(900, Durations.rate("900/s").getAsDouble(), 0);
    assertEquals(1 / (2000 * Durations.HOUR), Durations.rate("1/2000h").getAsDouble(), 1e-24);
    assertEquals(0.5 / 120, Durations.rate(" 0.5 / 2 m ").getAsDouble(), 1e-18);
    assertEquals(1e-3 / Durations.HOUR, Durations.rate("1e-3/h").getAsDouble(), 1e-24);
    for (String bad : List.of("900", "1h", "900/", "/s", "9/x", "9/2", "9//s", "nine/s", "")) {
      assertTrue(Durations.rate(bad).isEmpty(), () -> "should reject: '" + bad + "'");
    }
  }

  @Test
  void rejectsUnknownUnitsAndBareNumbers() {
    for (String bad : List.of("10", "1e3", "1.5", "", " ", "h", "10x", "10 H", "10H", "10hours",
        "10 min", "1h30m", "10h x", "1e", "e3s", "1..5h", "ten h", "10h;")) {
      assertTrue(Durations.parse(bad).isEmpty(), () -> "should reject: '" + bad + "'");
    }
  }

  @Test
  void formatPicksTheLargestFittingUnit() {
    assertEquals("0s", Durations.format(0));
    assertEquals("3.2h", Durations.format(3.2 * 3600));
    assertEquals("12ms", Durations.format(0.012));
    // rounding to four digits reaches the next unit: 1h, not 60m
    assertEquals("1h", Durations.format(3599.99));
    assertEquals("1y", Durations.format(Durations.YEAR - 1));
    assertEquals("1.5y", Durations.format(1.5 * Durations.YEAR));
    assertEquals("1.5m", Durations.format(90));
    assertEquals("59s", Durations.format(59));
    assertEquals("1h", Durations.format(3600));
    assertEquals("1d", Durations.format(86_400));
    assertEquals("41.67d", Durations.format(1000 * 3600)); // 1000 h
    assertEquals("14d", Durations.format(14 * 86_400)); // weeks are parsed, not printed
    assertEquals("5us", Durations.format(5e-6));
    assertEquals("250ns", Durations.format(2.5e-7));
    assertEquals("0.1ns", Durations.format(1e-10));
    assertEquals("-2h", Durations.format(-7200));
    assertEquals("NaN", Durations.format(Double.NaN));
    assertEquals("inf", Durations.format(Double.POSITIVE_INFINITY));
    assertEquals("-inf", Durations.format(Double.NEGATIVE_INFINITY));
  }

  @Test
  void formatThenParseRoundTripsToFourDigits() {
    for (double seconds : new double[] {0.5, 42, 1234.5, 1e5, 7.7e7, 3e-5, 123.456e-9}) {
      double back = parse(Durations.format(seconds));
      assertEquals(seconds, back, seconds * 5e-4, Durations.format(seconds));
    }
  }

  @Test
  void numberKeepsFourSignificantDigits() {
    assertEquals("0", Durations.number(0));
    assertEquals("1000", Durations.number(1000));
    assertEquals("0.9994", Durations.number(0.99944));
    assertEquals("0.9995", Durations.number(0.99946));
    assertEquals("3.2", Durations.number(3.2));
    assertEquals("1.235", Durations.number(1.23456789));
    assertEquals("123500", Durations.number(123_456));
    assertEquals("9999000", Durations.number(9_999_000));
    assertEquals("-2.5", Durations.number(-2.5));
    assertEquals("0.1", Durations.number(0.1));
    assertEquals("0.0001", Durations.number(1e-4));
    assertEquals("1e+7", Durations.number(1e7));
    assertEquals("1.235e+7", Durations.number(12_345_678));
    assertEquals("1.5e-5", Durations.number(1.5e-5));
    assertEquals("-1.5e-5", Durations.number(-1.5e-5));
    assertEquals("9.999e-5", Durations.number(9.9991e-5));
    assertEquals("1e-7", Durations.number(1e-7));
    assertEquals("NaN", Durations.number(Double.NaN));
    assertEquals("Infinity", Durations.number(Double.POSITIVE_INFINITY));
  }
}
