package dev.nines.reports.charts;

import java.util.List;
import java.util.Objects;

/**
 * One chart as data: what to draw, never how. Experiments, comparisons and sweeps describe their
 * charts with it; {@code results.json} stores it; the renderer draws it to PNG and SVG. So a saved
 * result can be drawn again, and a new kind of study only builds charts, it never draws.
 *
 * <p>What each kind reads:
 *
 * <ul>
 *   <li>{@link Kind#INTERVALS}: one row per category (a scope, say); the {@code SIMULATED} series
 *       holds the mean in {@code y} and the confidence interval in {@code low}/{@code high}, the
 *       {@code ANALYTIC} series the formula's value in {@code y} (NaN where none). All rows share
 *       one value axis, so that they can be compared.
 *   <li>{@link Kind#LINES}: x-y series; a series with {@code low}/{@code high} gets a band;
 *       {@code ANALYTIC} series are dashed, {@code TARGET} series dotted; series of one
 *       {@link Series#group} share a colour. Markers are reference lines.
 *   <li>{@link Kind#HISTOGRAM}: one series whose {@code x} holds the n + 1 bin edges and {@code y}
 *       the n counts; markers (percentiles, the formula's mean) are vertical lines.
 *   <li>{@link Kind#PARETO}: bars for the categories in the order given (largest first) from the
 *       one series's {@code y}, with their cumulative share as a line.
 *   <li>{@link Kind#HEATMAP}: one series of grid points {@code x[i]}, {@code y[i]} with the value
 *       {@code z[i]}, described by the {@code value} axis; the categories, when given, one text
 *       per point, written in its cell (lines split at {@code \n}): a sweep's verdict and cost.
 * </ul>
 *
 * @param id file-name-safe identifier, unique in a report: {@code availability}, {@code outages-system}
 * @param categories the rows of INTERVALS, bars of PARETO, the cells' texts of a HEATMAP (or
 *     none); empty otherwise
 * @param value the axis of a heat map's colour scale; null for the other kinds
 */
public record Chart(
    String id,
    Kind kind,
    String title,
    Axis x,
    Axis y,
    Axis value,
    List<String> categories,
    List<Series> series,
    List<Marker> markers) {

  /** The kinds of chart. */
  public enum Kind { INTERVALS, LINES, HISTOGRAM, PARETO, HEATMAP }

  public Chart {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, "y");
    if (!id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException("chart id must be lower-case letters, digits and dashes: "
          + id);
    }
    if (kind == Kind.HEATMAP && value == null) {
      throw new IllegalArgumentException("a heat map needs a value axis");
    }
    categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
    series = List.copyOf(Objects.requireNonNull(series, "series"));
    markers = List.copyOf(Objects.requireNonNull(markers, "markers"));
    for (Series s : series) {
      String problem = fits(kind, s, categories.size());
      if (problem != null) {
        throw new IllegalArgumentException("chart " + id + ", series " + s.label() + ": "
            + problem);
      }
    }
  }

  /** Why a series does not fit a kind of chart, or null when it does. */
  private static String fits(Kind kind, Series s, int categories) {
    int n = s.y().length;
    double[] x = s.x();
    switch (kind) {
      case INTERVALS:
      case PARETO:
        return n == categories ? null : n + " values for " + categories + " categories";
      case LINES:
        return x != null && x.length == n ? null : "a line needs one x per y";
      case HISTOGRAM:
        return x != null && x.length == n + 1 ? null : "a histogram needs n + 1 edges for n counts";
      case HEATMAP:
        if (categories != 0 && categories != n) {
          return n + " points for " + categories + " cell texts";
        }
        return x != null && x.length == n && s.z() != null && s.z().length == n ? null
            : "a heat map needs one x, y and z per point";
      default:
        throw new AssertionError(kind);
    }
  }

  /** The series with this style, in order. */
  public List<Series> series(Style style) {
    return series.stream().filter(s -> s.style() == style).toList();
  }
}
