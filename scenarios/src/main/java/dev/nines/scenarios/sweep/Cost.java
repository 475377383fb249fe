package dev.nines.scenarios.sweep;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The cost of a sweep point, {@code --cost "components.app.count * 3 + crews.ops.size * 10"}: an
 * arithmetic expression of numbers ({@code 1e3}, {@code 0.5}), scenario paths, {@code + - * /},
 * unary minus and parentheses. A path is names of letters, digits, {@code _} and {@code -} joined
 * by dots, with list indices such as {@code faults[0].at}; a {@code -} belongs to a name only when
 * a letter follows it, so {@code a.count-1} is {@code a.count} minus one while {@code a.mean-time}
 * is one path. Division by zero gives Infinity or NaN.
 */
public final class Cost {

  /** The expression tree. */
  sealed interface Expr permits Num, Path, Neg, Bin {
    double evaluate(ToDoubleFunction<String> pathValue);
  }

  record Num(double value) implements Expr {
    @Override
    public double evaluate(ToDoubleFunction<String> pathValue) {
      return value;
    }
  }

  record Path(String path) implements Expr {
    @Override
    public double evaluate(ToDoubleFunction<String> pathValue) {
      return pathValue.applyAsDouble(path);
    }
  }

  record Neg(Expr operand) implements Expr {
    @Override
    public double evaluate(ToDoubleFunction<String> pathValue) {
      return -operand.evaluate(pathValue);
    }
  }

  record Bin(char op, Expr left, Expr right) implements Expr {
    @Override
    public double evaluate(ToDoubleFunction<String> pathValue) {
      double a = left.evaluate(pathValue);
      double b = right.evaluate(pathValue);
      switch (op) {
        case '+':
          return a + b;
        case '-':
          return a - b;
        case '*':
          return a * b;
        default:
          return a / b;
      }
    }
  }

  private final String text;
  private final Expr root;
  private final Set<String> paths;

  private Cost(String text, Expr root, Set<String> paths) {
    this.text = text;
    this.root = root;
    this.paths = Collections.unmodifiableSet(paths);
  }

  /** Reads a cost expression; throws IllegalArgumentException saying at which column it fails. */
  public static Cost parse(String text) {
    Objects.requireNonNull(text, "text");
    Parser parser = new Parser(text);
    Expr root = parser.sum();
    parser.skipSpace();
    if (parser.pos < text.length()) {
      throw parser.error("expected an operator (+ - * /) or the end");
    }
    return new Cost(text.trim(), root, parser.paths);
  }

  /** The cost, given the value of each path (see {@link #paths()}). */
  public double evaluate(ToDoubleFunction<String> pathValue) {
    return root.evaluate(pathValue);
  }

  /** The paths the expression reads, in order of first appearance. */
  public Set<String> paths() {
    return paths;
  }

  /** The expression tree. */
  Expr expr() {
    return root;
  }

  @Override
  public String toString() {
    return text;
  }

  /** Recursive descent: sum = product (+|- product)*, product = unary (*|/ unary)*. */
  private static final class Parser {
    private final String text;
    private final Set<String> paths = new LinkedHashSet<>();
    private int pos;

    Parser(String text) {
      this.text = text;
    }

    Expr sum() {
      Expr left = product();
      while (true) {
        char c = peek();
        if (c != '+' && c != '-') {
          return left;
        }
        pos++;
        left = new Bin(c, left, product());
      }
    }

    Expr product() {
      Expr left = unary();
      while (true) {
        char c = peek();
        if (c != '*' && c != '/') {
          return left;
        }
        pos++;
        left = new Bin(c, left, unary());
      }
    }

    Expr unary() {
      char c = peek();
      if (c == '-') {
        pos++;
        return new Neg(unary());
      }
      if (c == '+') {
        pos++;
        return unary();
      }
      return primary();
    }

    Expr primary() {
      char c = peek();
      if (c == '(') {
        pos++;
        Expr inner = sum();
        if (peek() != ')') {
          throw error("expected ')' or an operator (+ - * /)");
        }
        pos++;
        return inner;
      }
      if (isDigit(c) || (c == '.' && pos + 1 < text.length()
          && isDigit(text.charAt(pos + 1)))) {
        return number();
      }
      if (isNameStart(c)) {
        return path();
      }
      throw error("expected a number, a path or '('");
    }

    private Expr number() {
      int start = pos;
      digits();
      if (at('.')) {
        pos++;
        digits();
      }
      if (at('e') || at('E')) {
        int mark = pos;
        pos++;
        if (at('+') || at('-')) {
          pos++;
        }
        if (pos < text.length() && isDigit(text.charAt(pos))) {
          digits();
        } else {
          pos = mark;
        }
      }
      if (pos < text.length() && isNameStart(text.charAt(pos))) {
        throw error("expected an operator after the number " + text.substring(start, pos));
      }
      return new Num(Double.parseDouble(text.substring(start, pos)));
    }

    private Expr path() {
      int start = pos;
      name();
      indices();
      while (at('.') && pos + 1 < text.length() && isNamePart(text.charAt(pos + 1))) {
        pos++;
        name();
        indices();
      }
      if (at('.')) {
        pos++;
        throw error("expected a name after '.'");
      }
      String path = text.substring(start, pos);
      paths.add(path);
      return new Path(path);
    }

    /** Letters, digits and {@code _}, and {@code -} when a letter follows it. */
    private void name() {
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (isNamePart(c)) {
          pos++;
        } else if (c == '-' && pos + 1 < text.length() && Character.isLetter(text.charAt(pos + 1))
            && pos > 0 && isNamePart(text.charAt(pos - 1))) {
          pos++;
        } else {
          return;
        }
      }
    }

    /** List indices such as {@code [0]} after a name, as in {@code faults[0].at}. */
    private void indices() {
      while (at('[')) {
        pos++;
        int start = pos;
        digits();
        if (pos == start || !at(']')) {
          throw error("expected an index such as [0]");
        }
        pos++;
      }
    }

    private void digits() {
      while (pos < text.length() && isDigit(text.charAt(pos))) {
        pos++;
      }
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(char c) {
      return Character.isLetter(c) || c == '_';
    }

    private static boolean isNamePart(char c) {
      return Character.isLetterOrDigit(c) || c == '_';
    }

    private boolean at(char c) {
      return pos < text.length() && text.charAt(pos) == c;
    }

    /** The next character that is not a space (skipping them), or 0 at the end. */
    char peek() {
      skipSpace();
      return pos < text.length() ? text.charAt(pos) : 0;
    }

    void skipSpace() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }

    IllegalArgumentException error(String expected) {
      String got = pos < text.length() ? ", got '" + text.charAt(pos) + "'" : ", got the end";
      return new IllegalArgumentException("at column " + (pos + 1) + ": " + expected + got
          + " in '" + text + "'");
    }
  }
}
