package dev.nines.scenarios;

/**
 * One thing wrong with a scenario, located in its file.
 *
 * @param file the file name as given by the user
 * @param line 1-based line, or 0 when the problem has no place in the file (an unreadable file, a
 *     command-line override)
 * @param column 1-based column, or 0 with line 0
 * @param path the dotted path of the offending field, such as {@code components.app.failure.mean};
 *     empty for the file as a whole
 * @param message what is wrong
 * @param hint how to fix it, or null
 */
public record Problem(String file, int line, int column, String path, String message, String hint) {

  /**
   * {@code file:line:column: path: message (hint)}; without the location when line is 0, without the
   * path when it is empty, without the hint when there is none.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(file);
    if (line > 0) {
      s.append(':').append(line).append(':').append(column);
    }
    s.append(": ");
    if (path != null && !path.isEmpty()) {
      s.append(path).append(": ");
    }
    s.append(message);
    if (hint != null) {
      s.append(" (").append(hint).append(')');
    }
    return s.toString();
  }
}
