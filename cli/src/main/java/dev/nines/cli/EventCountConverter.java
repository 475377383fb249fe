package dev.nines.cli;

import picocli.CommandLine;

/** Reads {@code --max-events}: a positive whole number, also written like {@code 1e9}. */
final class EventCountConverter implements CommandLine.ITypeConverter<Long> {

  @Override
  public Long convert(String value) {
    double count;
    try {
      count = Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      count = Double.NaN;
    }
    if (!(count >= 1) || count != Math.rint(count) || count > 9e18) {
      throw new CommandLine.TypeConversionException("'" + value
          + "' is not a positive whole number of events, e.g. 1000000 or 1e9");
    }
    return (long) count;
  }
}
