package dev.nines.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables fit 120 columns: a long last text column wraps at spaces, indented to its column. */
class ColumnsTest {

  @Test
  void aLongFormulaWrapsUnderItsColumn() {
    String formula = "Σπ(down), failover chain, hot standby, heartbeat detection (uniform phase), "
        + "switchover deterministic(30s), switchFailure 0.01, 1 repairer, approx (±1e-06 relative)";
    StringBuilder out = new StringBuilder();
    Columns.print(out, "db", List.of(
        new String[] {"metric", "mean", "formula"},
        new String[] {"unavailability", "1.851e-05", formula}));
    List<String> lines = out.toString().lines().toList(); // "", "db", the header, the row...
    int start = lines.get(2).indexOf("formula");
    for (String line : lines) {
      assertTrue(line.length() <= Columns.WIDTH, line.length() + ": " + line);
    }
    assertTrue(lines.size() > 4, "the formula wraps: " + out);
    for (String line : lines.subList(4, lines.size())) {
      assertEquals(" ".repeat(start), line.substring(0, start), "indented to its column: " + line);
    }
    String joined = String.join(" ", lines.subList(3, lines.size()).stream()
        .map(l -> l.substring(Math.min(start, l.length())).strip()).toList());
    assertEquals(formula, joined, "nothing lost");
  }

  @Test
  void wrappingKeepsEveryWordAndLongWordsWhole() {
    assertEquals("aaaa bbbb cccc dddd\n  eeee", Columns.wrap("aaaa bbbb cccc dddd eeee", 2, 20));
    String word = "x".repeat(30);
    assertEquals(word, Columns.wrap(word, 4, 20));
  }
}
