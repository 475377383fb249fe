package dev.nines.cli;

import dev.nines.simulator.Durations;
import picocli.CommandLine;

/** Reads a duration option such as {@code --horizon 10y}: a number and a unit, in seconds. */
final class DurationConverter implements CommandLine.ITypeConverter<Double> {

  @Override
  public Double convert(String value) {
    var seconds = Durations.parse(value);
    if (seconds.isEmpty() || !(seconds.getAsDouble() > 0)) {
      throw new CommandLine.TypeConversionException("'" + value
          + "' is not a positive duration; give a number and a unit (ns us ms s m h d w y), e.g. 10y");
    }
    return seconds.getAsDouble();
  }
}
