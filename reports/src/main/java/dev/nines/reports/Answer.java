package dev.nines.reports;

/**
 * What a report says before anything else, read back from {@code results.json}: a sweep's best
 * design and every point's verdict, or a comparison's overview of every balancer at every load. A
 * run has none: its at-a-glance verdicts and its table are its answer.
 */
public sealed interface Answer permits SweepAnswer, CompareOverview {}
