package dev.nines.models.observe;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The system's down time in one replication, over the observed window [warm-up, horizon], charged
 * to what started each outage ({@link DowntimeRecorder}). Each map sums to the system's
 * {@link ScopeObservation#downTime}; it holds only keys with down time, in the order they were
 * first charged (an outage is charged when it ends, or at the horizon).
 *
 * @param byGroup seconds down by the group of the unit that started the outage, or the scope of
 *     the standby or quorum that did
 * @param byCause seconds down by cause: {@link #FAILURE}, {@link #SCRIPTED_FAULT}, {@link #FAILOVER},
 *     {@link #ELECTION} or {@link #INITIAL_STATE}
 */
public record DowntimeCauses(Map<String, Double> byGroup, Map<String, Double> byCause)
    implements Serializable {

  /** A unit's own failure (or a Markov unit's move to a down state). */
  public static final String FAILURE = "failure";
  /** A scripted fault holding a unit down. */
  public static final String SCRIPTED_FAULT = "scripted fault";
  /** A standby going down on its own: a switchover after a false suspicion. */
  public static final String FAILOVER = "failover";
  /** A quorum going down on its own. */
  public static final String ELECTION = "election";
  /** The system starts the run down (a Markov unit whose initial state is down). */
  public static final String INITIAL_STATE = "initial state";

  public DowntimeCauses {
    byGroup = Collections.unmodifiableMap(new LinkedHashMap<>(byGroup));
    byCause = Collections.unmodifiableMap(new LinkedHashMap<>(byCause));
  }
}
