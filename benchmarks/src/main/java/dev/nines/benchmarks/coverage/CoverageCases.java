package dev.nines.benchmarks.coverage;

import java.util.List;
import java.util.regex.Pattern;

/** Every case of the study, in the order the table shows them. */
public final class CoverageCases {

  private CoverageCases() {}

  /** All cases. */
  public static List<CoverageCase> all() {
    return List.of(
        UnitCases.oneUnit(),
        CrewCases.steadyState(),
        CrewCases.transientAvailability(),
        UnitCases.fewFailures(),
        UnitCases.fewFailuresWeibull(),
        TrafficCases.mm1(),
        TrafficCases.mm1Long(),
        DetectorCases.heartbeat());
  }

  /** The cases whose id matches the regular expression somewhere (as {@code --cases} selects). */
  public static List<CoverageCase> matching(String regex) {
    Pattern pattern = Pattern.compile(regex);
    List<CoverageCase> chosen = all().stream().filter(c -> pattern.matcher(c.id()).find()).toList();
    if (chosen.isEmpty()) {
      throw new IllegalArgumentException("no case matches '" + regex + "'; the cases are "
          + all().stream().map(CoverageCase::id).toList());
    }
    return chosen;
  }
}
