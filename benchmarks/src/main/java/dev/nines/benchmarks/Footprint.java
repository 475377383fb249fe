package dev.nines.benchmarks;

import dev.nines.models.AvailabilitySimulation;
import dev.nines.scenarios.Scenario;
import dev.nines.simulator.Event;
import dev.nines.simulator.EventCalendar;
import dev.nines.simulator.random.RandomStreams;
import java.util.Map;

/**
 * Memory, measured as the growth of the live heap (after full collections) while the measured
 * objects are held: bytes per unit of a built model (the units of {@code thousand-units} scaled
 * up, with their streams, samplers, pending events, recorders and the k-of-n gate) and bytes per
 * pending event of the {@link EventCalendar} (times spread evenly; the arrays grow by doubling, so
 * up to half of a size's capacity can be spare). Not a JMH benchmark: JMH measures time, and the
 * heap after a full collection is exact enough at these sizes.
 *
 * <p>Run from the repository root: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.nines.benchmarks.Footprint}.
 */
public final class Footprint {

  private static final Event EVENT = () -> { };

  private Footprint() {}

  public static void main(String[] args) {
    for (int units : new int[] {10_000, 100_000}) {
      Scenario scenario = BenchmarkScenarios.load("thousand-units", Map.of(
          "components.node.count", Integer.toString(units),
          "system.atLeast", Integer.toString(units - 10)));
      long before = liveHeap();
      AvailabilitySimulation model =
          new AvailabilitySimulation(scenario.system(), new RandomStreams(scenario.seed(), 0), 0);
      model.run(1); // one second: every unit has started and waits for its failure
      long after = liveHeap();
      System.out.printf("model of %,d units: %,d bytes, %.0f bytes per unit (%,d events pending)%n",
          units, after - before, (after - before) / (double) units,
          model.simulation().pending());
    }
    for (int events : new int[] {100_000, 1_000_000}) {
      long before = liveHeap();
      EventCalendar calendar = new EventCalendar();
      for (int i = 0; i < events; i++) {
        calendar.schedule(i * 1e-3, EVENT);
      }
      calendar.nextTime(); // past the spill threshold, the first look builds the ladder
      long after = liveHeap();
      System.out.printf("calendar of %,d events: %,d bytes, %.1f bytes per pending event%n",
          calendar.size(), after - before, (after - before) / (double) calendar.size());
    }
  }

  /** The heap in use after full collections, once it stops shrinking. */
  private static long liveHeap() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long now = runtime.totalMemory() - runtime.freeMemory();
      if (now >= used) {
        return now;
      }
      used = now;
    }
    return used;
  }
}
