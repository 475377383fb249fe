package dev.nines.models.traffic;

import java.util.List;

/**
 * How requests arrive: a Poisson process at a constant rate, or at a piecewise-constant rate that
 * follows a schedule (a daily curve). Rates are per second.
 */
public sealed interface Arrivals permits Arrivals.Poisson, Arrivals.Schedule {

  /** The long-run mean rate, per second. */
  double meanRate();

  /** The same process with every rate multiplied by {@code factor} (positive). */
  Arrivals scaled(double factor);

  /** Poisson arrivals at a constant {@code rate} per second. */
  record Poisson(double rate) implements Arrivals {
    public Poisson {
      if (!(rate > 0) || Double.isInfinite(rate)) {
        throw new IllegalArgumentException("arrival rate must be positive and finite, got " + rate);
      }
    }

    @Override
    public double meanRate() {
      return rate;
    }

    @Override
    public Arrivals scaled(double factor) {
      return new Poisson(rate * factor);
    }
  }

  /**
   * Poisson arrivals whose rate is {@code steps[i].rate} from {@code steps[i].at} until the next
   * step; the first step is at 0. With a {@code period} the schedule repeats (a daily curve with
   * period 24 h); without one (NaN) the last rate holds for ever.
   */
  record Schedule(List<Step> steps, double period) implements Arrivals {

    /** From {@code at} seconds (within the period), the rate is {@code rate} per second (≥ 0). */
    public record Step(double at, double rate) {
      public Step {
        if (!(at >= 0) || Double.isInfinite(at)) {
          throw new IllegalArgumentException("step time must be non-negative, got " + at);
        }
        if (!(rate >= 0) || Double.isInfinite(rate)) {
          throw new IllegalArgumentException("step rate must be non-negative, got " + rate);
        }
      }
    }

    public Schedule {
      steps = List.copyOf(steps);
      if (steps.isEmpty() || steps.get(0).at() != 0) {
        throw new IllegalArgumentException("a schedule starts with a step at 0");
      }
      for (int i = 1; i < steps.size(); i++) {
        if (!(steps.get(i).at() > steps.get(i - 1).at())) {
          throw new IllegalArgumentException("schedule steps must be in increasing time order");
        }
      }
      if (!Double.isNaN(period) && !(period > steps.get(steps.size() - 1).at())) {
        throw new IllegalArgumentException("the period must be longer than the last step's time");
      }
      if (steps.stream().allMatch(s -> s.rate() == 0)) {
        throw new IllegalArgumentException("a schedule needs a positive rate somewhere");
      }
    }

    /** True when the schedule repeats every {@link #period}. */
    public boolean repeats() {
      return !Double.isNaN(period);
    }

    /** The rate in force at time t (seconds from the start of the run). */
    public double rateAt(double t) {
      double within = repeats() ? t % period : t;
      double rate = steps.get(0).rate();
      for (Step step : steps) {
        if (step.at() <= within) {
          rate = step.rate();
        }
      }
      return rate;
    }

    /** The mean over a period when repeating, else the last rate (the long-run rate). */
    @Override
    public double meanRate() {
      if (!repeats()) {
        return steps.get(steps.size() - 1).rate();
      }
      double area = 0;
      for (int i = 0; i < steps.size(); i++) {
        double end = i + 1 < steps.size() ? steps.get(i + 1).at() : period;
        area += steps.get(i).rate() * (end - steps.get(i).at());
      }
      return area / period;
    }

    @Override
    public Arrivals scaled(double factor) {
      return new Schedule(steps.stream().map(s -> new Step(s.at(), s.rate() * factor)).toList(),
          period);
    }
  }
}
