package dev.nines.scenarios.sweep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One design of a sweep: its place in the grid and the value of each swept path, in the order the
 * parameters were given.
 */
public record Point(int index, Map<String, Value> set) {

  public Point {
    if (index < 0) {
      throw new IllegalArgumentException("a point's index is at least 0");
    }
    set = Collections.unmodifiableMap(new LinkedHashMap<>(set));
  }

  /**
   * Every combination of the parameters' values: the grid, the first parameter varying slowest.
   */
  public static List<Point> grid(List<Parameter> parameters) {
    List<Point> points = new ArrayList<>();
    int total = 1;
    for (Parameter p : parameters) {
      total = Math.multiplyExact(total, p.values().size());
    }
    for (int i = 0; i < total; i++) {
      Map<String, Value> set = new LinkedHashMap<>();
      int rest = i;
      int stride = total;
      for (Parameter p : parameters) {
        stride /= p.values().size();
        set.put(p.path(), p.values().get(rest / stride));
        rest %= stride;
      }
      points.add(new Point(i, set));
    }
    return points;
  }

  /** The values as YAML text by path, to load the scenario with. */
  public Map<String, String> texts() {
    Map<String, String> texts = new LinkedHashMap<>();
    set.forEach((path, value) -> texts.put(path, value.text()));
    return texts;
  }

  /** "components.app.count=3, crews.ops.size=1". */
  public String label() {
    List<String> parts = new ArrayList<>();
    set.forEach((path, value) -> parts.add(path + "=" + value.text()));
    return String.join(", ", parts);
  }
}
