package dev.nines.reports;

import java.util.List;

/** Aligned text columns under a heading: numbers right-aligned, text left-aligned. */
final class Columns {

  private Columns() {}

  /** Prints the rows (the first is the header) under {@code heading}; nothing when heading is null. */
  static void print(StringBuilder out, String heading, List<String[]> rows) {
    if (heading == null || rows.isEmpty()) {
      return;
    }
    out.append('\n').append(heading).append('\n');
    int columns = rows.get(0).length;
    int[] width = new int[columns];
    boolean[] numeric = new boolean[columns];
    for (int i = 0; i < columns; i++) {
      numeric[i] = true;
    }
    for (int r = 0; r < rows.size(); r++) {
      String[] row = rows.get(r);
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], row[i].length());
        if (r > 0 && !row[i].isEmpty() && !row[i].equals("-") && !startsNumeric(row[i])) {
          numeric[i] = false;
        }
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < columns; i++) {
        String pad = " ".repeat(width[i] - row[i].length());
        line.append(numeric[i] ? pad + row[i] : row[i] + pad);
        if (i < columns - 1) {
          line.append("  ");
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }

  private static boolean startsNumeric(String cell) {
    char c = cell.charAt(0);
    return Character.isDigit(c) || c == '-' || c == '+' || c == '[' || c == 'i';
  }
}
