package dev.nines.reports;

import java.util.List;

/**
 * Aligned text columns under a heading: numbers right-aligned, text left-aligned, every line within
 * {@link #WIDTH} columns where it can be: a last text column too long for it (a formula's name)
 * wraps at spaces onto lines of its own, indented to its column.
 */
final class Columns {

  /** The widest line a table prints, where the columns before the last leave room. */
  static final int WIDTH = 120;

  private Columns() {}

  /**
   * {@code text} cut at spaces into lines of at most {@code width} characters (a word longer than
   * that stays whole), the lines after the first indented by {@code indent} spaces.
   */
  static String wrap(String text, int indent, int width) {
    StringBuilder out = new StringBuilder();
    int lineLength = 0;
    int room = Math.max(20, width);
    for (String word : text.split(" ")) {
      if (lineLength > 0 && lineLength + 1 + word.length() > room) {
        out.append('\n').append(" ".repeat(indent));
        lineLength = 0;
      } else if (lineLength > 0) {
        out.append(' ');
        lineLength++;
      }
      out.append(word);
      lineLength += word.length();
    }
    return out.toString();
  }

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
    int last = columns - 1;
    int start = 2;
    for (int i = 0; i < last; i++) {
      start += width[i] + 2;
    }
    int room = WIDTH - start;
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < columns; i++) {
        if (i == last && !numeric[i] && row[i].length() > room) {
          line.append(wrap(row[i], start, room));
          break;
        }
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
