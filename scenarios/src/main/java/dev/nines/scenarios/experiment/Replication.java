package dev.nines.scenarios.experiment;

import dev.nines.models.detectors.DetectorObservation;
import dev.nines.models.failover.QuorumObservation;
import dev.nines.models.failover.StandbyObservation;
import dev.nines.models.observe.CrewObservation;
import dev.nines.models.observe.DowntimeCauses;
import dev.nines.models.observe.ScopeObservation;
import dev.nines.models.traffic.TrafficObservation;
import java.io.Serializable;
import java.util.List;

/**
 * What one replication saw ({@link Experiment#replicate}). It is serializable, so a replication
 * run on another machine (a Spark task) comes back as it was and is summarized with the others
 * ({@link Experiment#summarize}).
 *
 * @param scopes the system first, then each group in the order written, then each standby and
 *     quorum in the order of the structure
 * @param crews each crew in the order declared
 * @param detectors each detector in the order declared
 * @param standbys each standby in the order of the structure
 * @param quorums each quorum in the order of the structure
 * @param upAt whether the system was up at each transient time asked
 * @param traffic the requests' figures; null without traffic
 * @param causes the system's downtime by what started each outage
 * @param events the number of events the replication fired, its work: those of the follow-up past
 *     the horizon (to the first system failure) included
 */
public record Replication(List<ScopeObservation> scopes, List<CrewObservation> crews,
    List<DetectorObservation> detectors, List<StandbyObservation> standbys,
    List<QuorumObservation> quorums, boolean[] upAt, TrafficObservation traffic,
    DowntimeCauses causes, long events) implements Serializable {

  public Replication {
    scopes = List.copyOf(scopes);
    crews = List.copyOf(crews);
    detectors = List.copyOf(detectors);
    standbys = List.copyOf(standbys);
    quorums = List.copyOf(quorums);
  }
}
