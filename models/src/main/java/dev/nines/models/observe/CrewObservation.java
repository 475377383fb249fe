package dev.nines.models.observe;

import java.io.Serializable;

/**
 * What one replication saw of one repair crew, over the observed window [warm-up, horizon].
 *
 * @param crew the crew's name
 * @param size its number of repairers
 * @param utilization time-average number of busy repairers divided by the size
 * @param queueLength time-average number of failed units waiting for a repairer
 * @param meanWait mean time from a unit's failure to the start of its repair, over the repairs that
 *     started in the window; NaN if none did
 * @param repairsStarted how many repairs started in the window
 */
public record CrewObservation(
    String crew, int size, double utilization, double queueLength, double meanWait,
    long repairsStarted) implements Serializable {}
