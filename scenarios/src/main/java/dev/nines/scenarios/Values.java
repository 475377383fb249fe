package dev.nines.scenarios;

import dev.nines.scenarios.yaml.Node;
import dev.nines.scenarios.yaml.ScalarNode;
import dev.nines.simulator.Durations;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Reads plain values from nodes: text, whole numbers and finite numbers. Each method reports what is
 * wrong at the node and returns null, so that reading goes on and every problem is found.
 */
final class Values {

  private Values() {}

  /** The text of a scalar (numbers and booleans as written), or null when the node is not one. */
  static String text(Node node, Problems problems) {
    if (!(node instanceof ScalarNode)) {
      problems.at(node, "expected text, got " + node.describe(), null);
      return null;
    }
    ScalarNode s = (ScalarNode) node;
    if (s.kind() == ScalarNode.Kind.NULL) {
      problems.at(node, "'" + Node.name(node.path()) + "' needs a value", null);
      return null;
    }
    return s.text();
  }

  /** A finite number, or null. */
  static Double number(Node node, Problems problems) {
    ScalarNode s = numeric(node, "a number", problems);
    return s == null ? null : s.number().doubleValue();
  }

  /** A whole number that fits a long, or null. {@code 2.0} and {@code 1e3} are whole numbers. */
  static Long integer(Node node, Problems problems) {
    ScalarNode s = numeric(node, "a whole number", problems);
    if (s == null) {
      return null;
    }
    BigDecimal value = decimal(s.number());
    BigInteger whole;
    try {
      whole = value.toBigIntegerExact();
    } catch (ArithmeticException e) {
      problems.at(node, name(node) + " must be a whole number, got " + s.text(), null);
      return null;
    }
    if (whole.bitLength() > 63) {
      problems.at(node, name(node) + " is too large: " + s.text(), null);
      return null;
    }
    return whole.longValue();
  }

  /** A whole number of at least {@code min} that fits an int, or null. */
  static Integer integerAtLeast(Node node, int min, Problems problems) {
    Long value = integer(node, problems);
    if (value == null) {
      return null;
    }
    if (value < min) {
      problems.at(node, name(node) + " must be at least " + min + ", got " + value, null);
      return null;
    }
    if (value > Integer.MAX_VALUE) {
      problems.at(node, name(node) + " is too large: " + value, null);
      return null;
    }
    return value.intValue();
  }

  /** A finite number above zero, or null. */
  static Double positive(Node node, Problems problems) {
    Double value = number(node, problems);
    if (value != null && !(value > 0)) {
      problems.at(node, name(node) + " must be positive, got " + ((ScalarNode) node).text(), null);
      return null;
    }
    return value;
  }

  /** A probability in [0, 1), such as a loss or a failure chance; null after a problem. */
  static Double probability(Node node, Problems problems) {
    Double value = number(node, problems);
    if (value != null && !(value >= 0 && value < 1)) {
      String text = ((ScalarNode) node).text();
      String hint = value >= 1 && value < 100
          ? "write it as a fraction: " + Durations.number(value / 100) + " for " + text + " %"
          : "a probability lies between 0 (never) and 1 (exclusive)";
      problems.at(node, name(node) + " must lie in [0, 1), got " + text, hint);
      return null;
    }
    return value;
  }

  /** The field name of a node, for messages: {@code count}, {@code values[2]}. */
  static String name(Node node) {
    return Node.name(node.path());
  }

  /** The node as a scalar with a finite decoded number, or null after reporting why not. */
  private static ScalarNode numeric(Node node, String expected, Problems problems) {
    if (!(node instanceof ScalarNode)) {
      problems.at(node, "expected " + expected + ", got " + node.describe(), null);
      return null;
    }
    ScalarNode s = (ScalarNode) node;
    if (s.kind() == ScalarNode.Kind.NULL) {
      problems.at(node, "'" + name(node) + "' needs a value", "write " + expected);
      return null;
    }
    if (!s.isNumber()) {
      String hint = s.quoted() && looksNumeric(s.text()) ? "remove the quotes" : null;
      problems.at(node, "expected " + expected + ", got " + s.describe(), hint);
      return null;
    }
    if (s.number() == null || !Double.isFinite(s.number().doubleValue())) {
      problems.at(node, name(node) + " must be a finite number, got " + s.text(), null);
      return null;
    }
    return s;
  }

  private static BigDecimal decimal(Number n) {
    if (n instanceof BigDecimal) {
      return (BigDecimal) n;
    }
    if (n instanceof BigInteger) {
      return new BigDecimal((BigInteger) n);
    }
    if (n instanceof Double || n instanceof Float) {
      return new BigDecimal(n.doubleValue());
    }
    return BigDecimal.valueOf(n.longValue());
  }

  private static boolean looksNumeric(String text) {
    try {
      Double.parseDouble(text.strip());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
