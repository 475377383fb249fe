package dev.nines.reports.charts;

/** How a series or marker is drawn: measured (solid), a formula (dashed), a goal (dotted). */
public enum Style { SIMULATED, ANALYTIC, TARGET }
