package dev.nines.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --precision}: its two forms, what it refuses, and when an interval meets it. */
class PrecisionTest {

  @Test
  void aPercentageIsRelativeAndANumberIsAHalfWidth() {
    assertEquals(Precision.relative(0.1), Precision.parse("10%"));
    assertEquals(Precision.relative(0.025), Precision.parse(" 2.5 % "));
    assertEquals(Precision.relative(1), Precision.parse("100%"));
    assertEquals(Precision.absolute(1e-6), Precision.parse("1e-6"));
    assertEquals(Precision.absolute(0.5), Precision.parse("0.5"));
    assertEquals("10 %", Precision.parse("10%").text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "", "%", "10%%", "NaN", "Infinity", "0x1p-3", "1e-6d", "ten %"})
  void whatIsNotANumberIsRefusedWithAHint(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Precision.parse(text));
    assertTrue(e.getMessage().contains("is not a precision"), e.getMessage());
    assertTrue(e.getMessage().contains("hint: give a relative half-width as a percentage, e.g. "
        + "10%"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0%", "-5%", "-1e-6"})
  void zeroOrLessIsRefused(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Precision.parse(text));
    assertTrue(e.getMessage().contains("is not a positive precision"), e.getMessage());
    assertTrue(e.getMessage().contains("hint:"), e.getMessage());
  }

  @Test
  void morePercentThanTheEstimateIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Precision.parse("150%"));
    assertTrue(e.getMessage().startsWith("'150%' is more than 100 %"), e.getMessage());
    assertTrue(e.getMessage().contains("hint: 10% is a usual goal"), e.getMessage());
  }

  /** Half of [0.9, 1.1] is 0.1: 10 % of the mean 1, and 0.1 absolute. */
  @Test
  void anIntervalMeetsTheGoalByItsHalfWidth() {
    assertEquals(0.1, Precision.relative(0.1).achieved(1, 0.9, 1.1), 1e-15);
    assertTrue(Precision.relative(0.11).met(1, 0.9, 1.1));
    assertFalse(Precision.relative(0.09).met(1, 0.9, 1.1));
    assertEquals(0.05, Precision.relative(0.1).achieved(-2, -2.1, -1.9), 1e-12);
    assertTrue(Precision.absolute(0.11).met(5, 4.9, 5.1));
    assertFalse(Precision.absolute(0.09).met(5, 4.9, 5.1));
  }

  /**
   * No failure seen: a mean of 0 and a one-sided bound [0, b]. Its relative error is infinite, and
   * an absolute goal is not met by the bound either: there is no estimate yet. No width (every
   * replication alike) and an unknown bound meet nothing.
   */
  @Test
  void aBoundWithoutAnEstimateOrAnIntervalWithoutWidthMeetsNothing() {
    assertEquals(Double.POSITIVE_INFINITY, Precision.relative(0.1).achieved(0, 0, 1e-9));
    assertFalse(Precision.relative(1).met(0, 0, 1e-9));
    assertFalse(Precision.absolute(1).met(0, 0, 1e-9));
    assertTrue(Precision.relative(0.1).reached(0, 0, 1e-9).contains("no failure seen"));
    assertFalse(Precision.absolute(1).met(3, 3, 3));
    assertTrue(Precision.absolute(1).reached(3, 3, 3).contains("no width"));
    assertFalse(Precision.relative(1).met(3, Double.NaN, Double.NaN));
    assertEquals("8.12 %", Precision.relative(0.1).reached(1, 0.9188, 1.0812));
  }
}
