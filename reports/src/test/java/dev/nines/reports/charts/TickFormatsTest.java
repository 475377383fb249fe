package dev.nines.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.NumberFormat;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.junit.jupiter.api.Test;

/** Tick labels by unit. */
class TickFormatsTest {

  @Test
  void secondsInTheirBestUnit() {
    NumberFormat seconds = TickFormats.of("s");
    assertTrue(seconds.format(0.012).contains("ms"), seconds.format(0.012));
    assertTrue(seconds.format(3600 * 3.2).contains("h"), seconds.format(3600 * 3.2));
    assertEquals("12 ms", seconds.format(0.012));
    assertEquals("3.2 h", seconds.format(3600 * 3.2));
    assertEquals("2 d", seconds.format(2 * 86400));
    assertEquals("1.5 y", seconds.format(1.5 * 365 * 86400));
    assertEquals("0", seconds.format(0));
  }

  @Test
  void plainNumbersKeepTheirDigits() {
    NumberFormat plain = TickFormats.of("1");
    assertEquals("0.99994", plain.format(0.99994));
    assertEquals("0.3", plain.format(0.1 + 0.2));
    assertEquals("1234567", plain.format(1234567));
    assertEquals("1234567", plain.format(1234567L));
    assertEquals("-2.5", plain.format(-2.5));
    assertEquals("1.5e-5", plain.format(1.5e-5));
    assertEquals("12/s", TickFormats.of("1/s").format(12));
    assertEquals("99.5%", TickFormats.of("%").format(0.995));
    assertEquals("7%", TickFormats.of("%").format(0.07));
    assertEquals("42", TickFormats.of("GB").format(42));
  }

  @Test
  void timeTicksAreRoundInOneUnit() {
    TickUnitSource units = TickFormats.tickUnits("s");
    TickUnit halfHour = units.getCeilingTickUnit(1700);
    assertEquals(1800, halfHour.getSize());
    assertEquals("1.5 h", halfHour.valueToString(5400));
    assertEquals("0.5 h", halfHour.valueToString(1800));
    TickUnit tenMinutes = units.getCeilingTickUnit(590);
    assertEquals("70 m", tenMinutes.valueToString(4200));
    TickUnit small = units.getCeilingTickUnit(0.0004);
    assertEquals(0.0005, small.getSize(), 1e-15);
    assertEquals("1.5 ms", small.valueToString(0.0015));
    TickUnit plain = TickFormats.tickUnits("1").getCeilingTickUnit(0.00003);
    assertEquals("0.99995", plain.valueToString(0.99995));
  }
}
