package dev.nines.models.detectors;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * What one replication saw of a detector's monitors, over the observed window (after the warm-up).
 *
 * @param detectionDelays for each failure of a watched unit after the warm-up that the monitor
 *     noticed while the unit was still down: seconds from the failure to the suspicion (0 when the
 *     unit was already suspected when it failed)
 * @param missedDetections failures after the warm-up repaired before the monitor suspected them
 * @param falseSuspicions suspicions that began after the warm-up while the unit was up
 * @param falseSuspicionLengths the length of each false suspicion that ended before the horizon:
 *     until the unit was trusted again or failed, whichever came first
 * @param upTime the watched units' total up time in the window, in seconds
 */
public record DetectorObservation(
    double[] detectionDelays,
    int missedDetections,
    int falseSuspicions,
    double[] falseSuspicionLengths,
    double upTime) implements Serializable {

  public DetectorObservation {
    detectionDelays = detectionDelays.clone();
    falseSuspicionLengths = falseSuspicionLengths.clone();
  }

  /** The observations of several monitors as one. */
  public static DetectorObservation merge(List<DetectorObservation> parts) {
    double[] delays = new double[0];
    double[] lengths = new double[0];
    int missed = 0;
    int suspicions = 0;
    double up = 0;
    for (DetectorObservation o : parts) {
      delays = concat(delays, o.detectionDelays);
      lengths = concat(lengths, o.falseSuspicionLengths);
      missed += o.missedDetections;
      suspicions += o.falseSuspicions;
      up += o.upTime;
    }
    return new DetectorObservation(delays, missed, suspicions, lengths, up);
  }

  private static double[] concat(double[] a, double[] b) {
    double[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  @Override
  public double[] detectionDelays() {
    return detectionDelays.clone();
  }

  @Override
  public double[] falseSuspicionLengths() {
    return falseSuspicionLengths.clone();
  }
}
