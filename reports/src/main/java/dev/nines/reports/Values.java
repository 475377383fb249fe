package dev.nines.reports;

import dev.nines.simulator.Durations;

/** Readable numbers for people: times in their best unit, availabilities to their last nine. */
public final class Values {

  private Values() {}

  /**
   * A value of the given unit ({@code s}, {@code 1/s} or {@code 1}) for a table; "-" when unknown.
   * Availabilities and the success ratio (the request-level availability) read to their last nine.
   */
  public static String format(double value, String unit, String metric) {
    if (!Double.isFinite(value)) {
      return Double.isNaN(value) ? "-" : value > 0 ? "inf" : "-inf";
    }
    if (metric.equals("unavailability") || metric.startsWith("unavailability-")) {
      return unavailability(value);
    }
    if (unit.equals("s")) {
      return Durations.format(value);
    }
    if (unit.equals("1/s")) {
      return Durations.number(value) + "/s";
    }
    if (metric.endsWith("availability") || metric.equals("success-ratio")) {
      return availability(value);
    }
    return Durations.number(value);
  }

  public static String format(Double value, String unit, String metric) {
    return value == null ? "-" : format(value.doubleValue(), unit, metric);
  }

  /** An unavailability in scientific form, four significant digits: 1.817e-04; 0 as "0". */
  static String unavailability(double u) {
    return u == 0 ? "0" : String.format(java.util.Locale.ROOT, "%.3e", u);
  }

  /**
   * An availability with three digits past its nines: 0.99941 -> "0.999410", 0.9 -> "0.9000".
   */
  static String availability(double a) {
    if (a >= 1) {
      return "1";
    }
    if (a <= 0) {
      return "0";
    }
    int nines = (int) Math.floor(-Math.log10(1 - a));
    int decimals = Math.min(12, Math.max(4, nines + 3));
    return String.format(java.util.Locale.ROOT, "%." + decimals + "f", a);
  }

  /**
   * The verdict of a figure against its formula, as the report words it: {@code agrees} when the
   * analytic value lies in the interval (or, for an approximation, the interval meets its stated
   * error), {@code outside} when not, empty without a formula or an interval.
   */
  public static String verdict(dev.nines.scenarios.experiment.MetricResult m) {
    Boolean in = m.analyticInInterval();
    return in == null ? "" : in ? "agrees" : "outside";
  }
}
