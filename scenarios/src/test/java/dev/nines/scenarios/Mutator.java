package dev.nines.scenarios;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Damages scenario files the way people and tools do, for {@link ScenarioFuzzTest}: lines deleted,
 * repeated, swapped or re-indented; values replaced by hostile ones (NaN, 1e400, huge counts, rates
 * such as {@code 1/0s}, durations without units) or by random tokens; YAML's own syntax inserted
 * ({@code &a}, {@code *a}, {@code !!tag}, {@code ---}, brackets, tabs, NUL, a BOM, unicode); the
 * text cut short; two files spliced; lines of one file moved into another; keys changed to near
 * misses. Every choice is drawn from the
 * given generator, so a seed gives the same inputs on every machine.
 */
final class Mutator {

  /** Values that have broken, or could break, a reader: one from each corner of the language. */
  static final List<String> HOSTILE = List.of("NaN", ".nan", ".NaN", ".inf", "-.inf", "+.inf",
      "Infinity", "-Infinity", "1e400", "-1e400", "1e308", "4.9e-324", "0", "-0", "-1", "0.0",
      "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
      "1000000000", "99999999999999999999999", "1e9", "1.5", "0x10", "0o17", "1_000", "8",
      "8 parsecs", "8h", "-8h", "0h", "0s", "1e400h", "1e-400h", "1e308y", "NaNh", ".5h", "5.h",
      "8 hours", "8 HOURS", "8µs", "8 s s", "1/0s", "0/s", "-1/s", "/s", "1/", "1//s", "1/-1s",
      "1e400/s", "1/1e-400s", "1e308/s", "1e-308/s", "1/1000h", "900/s", "1/0", "~", "null", "''",
      "\"\"", "[]", "{}", "[a, b]", "{a: 1}", "true", "no", "yes", "'2'", "\"1000h\"", "x",
      "a[0]", "a[99999999999]", "a[-1]", "replica[1]", "power-of-0", "power-of-99999",
      "power-of-2", "consistent-hash", "weighted-round-robin", "warm", "cold", "hot", "up", "down",
      "exponential", "{dist: exponential}", "{dist: weibull, shape: 1e-300, scale: 1h}",
      "{dist: erlang, k: 2000000000, mean: 1h}", "{dist: uniform, min: 2h, max: 1h}",
      "{dist: empirical, values: []}", "{dist: lognormal, mean: 1h, sd: 1e300h}",
      "{dist: gamma, shape: 1e-300, mean: 1h}", "{name: power-of-d, d: 0}",
      "{name: consistent-hash, virtualNodes: 2000000000}", "{poisson: 1e300/s}",
      "{schedule: [{at: 0h, rate: 0/s}]}", "{atLeast: 2147483647, of: a}", "{series: []}",
      "{standby: {}}", "{quorum: {}}", "&a 1", "*a", "!!str 5", "!!int x", "!!float .inf",
      "!!binary AAAA", "!!set {a, b}", "!foo bar", "|\n  text", ">\n  text", "\"\\u0000\"",
      "\"\\ud800\"", "é", "😀", "\u202Etxt", "a\u2028b");

  /** YAML syntax and awkward characters to drop anywhere. */
  static final List<String> SYNTAX = List.of("&a ", "*a", "&a", "!!str ", "!!map ", "!!binary ",
      "!tag ", "---\n", "...\n", "{", "}", "[", "]", ",", ":", ": ", "- ", "? ", "#", "|", ">",
      "'", "\"", "\t", "\u0000", "\uFEFF", "\r", "\r\n", "\n", "  ", "%YAML 1.1\n", "%TAG ! x\n",
      "<<: ", "@", "`", "é", "😀", "\uD800", "\u0085", "\u2028", "\u00A0", "\\", "%", "&", "*");

  private static final Pattern VALUE = Pattern.compile("(?<=: |\\[|, |- )[^,\\[\\]{}\\n#]+");
  private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*(?=:)");
  private static final String TOKEN_CHARS =
      "abcxyzAZ019_-./:,[]{}#&*!|>'\" \t%@`~éµ😀\u0000";

  private final UniformRandomProvider random;
  private final List<String> seeds;

  Mutator(UniformRandomProvider random, List<String> seeds) {
    this.random = random;
    this.seeds = seeds;
  }

  /** A new input: a seed file with a few mutations, now and then many. */
  String next() {
    String text = pick(seeds);
    int mutations = random.nextInt(10) == 0 ? 5 + random.nextInt(16) : 1 + random.nextInt(4);
    for (int i = 0; i < mutations; i++) {
      text = mutate(text);
    }
    return text;
  }

  /** One mutation, chosen with weights that favour values (which reach the deepest checks). */
  String mutate(String text) {
    int kind = random.nextInt(22);
    switch (kind) {
      case 0: return deleteLine(text);
      case 1: return duplicateLine(text);
      case 2: return swapLines(text);
      case 3: case 4: return reindent(text);
      case 5: case 6: case 7: case 8: return replaceValue(text, pick(HOSTILE));
      case 9: case 10: return replaceValue(text, token());
      case 11: case 12: return insert(text, pick(SYNTAX));
      case 13: return truncate(text);
      case 14: return splice(text, pick(seeds));
      case 15: case 16: return nearMissKey(text);
      case 17: return anchorAndAlias(text);
      case 18: return duplicateBlock(text);
      case 19: case 20: return transplantLine(text, pick(seeds));
      default: return insert(text, token());
    }
  }

  private String deleteLine(String text) {
    List<String> lines = lines(text);
    if (!lines.isEmpty()) {
      lines.remove(random.nextInt(lines.size()));
    }
    return String.join("\n", lines);
  }

  private String duplicateLine(String text) {
    List<String> lines = lines(text);
    int i = random.nextInt(lines.size());
    lines.add(random.nextInt(lines.size() + 1), lines.get(i));
    return String.join("\n", lines);
  }

  private String swapLines(String text) {
    List<String> lines = lines(text);
    int i = random.nextInt(lines.size());
    int j = random.nextInt(lines.size());
    String line = lines.get(i);
    lines.set(i, lines.get(j));
    lines.set(j, line);
    return String.join("\n", lines);
  }

  private String reindent(String text) {
    List<String> lines = lines(text);
    int i = random.nextInt(lines.size());
    String body = lines.get(i).stripLeading();
    String indent = random.nextInt(8) == 0 ? "\t" : " ".repeat(random.nextInt(11));
    lines.set(i, indent + body);
    return String.join("\n", lines);
  }

  private String replaceValue(String text, String value) {
    List<int[]> spans = spans(VALUE.matcher(text));
    if (spans.isEmpty()) {
      return insert(text, value);
    }
    int[] span = pick(spans);
    return text.substring(0, span[0]) + value + text.substring(span[1]);
  }

  private String insert(String text, String what) {
    int at = random.nextInt(text.length() + 1);
    return text.substring(0, at) + what + text.substring(at);
  }

  private String truncate(String text) {
    return text.substring(0, random.nextInt(text.length() + 1));
  }

  /** The start of this text and the end of another, cut at lines. */
  private String splice(String text, String other) {
    List<String> a = lines(text);
    List<String> b = lines(other);
    List<String> joined = new ArrayList<>(a.subList(0, random.nextInt(a.size() + 1)));
    joined.addAll(b.subList(random.nextInt(b.size() + 1), b.size()));
    return String.join("\n", joined);
  }

  /** A key one edit away: a letter dropped, doubled, changed or swapped, or its case changed. */
  private String nearMissKey(String text) {
    List<int[]> spans = spans(KEY.matcher(text));
    if (spans.isEmpty()) {
      return text;
    }
    int[] span = pick(spans);
    StringBuilder key = new StringBuilder(text.substring(span[0], span[1]));
    int i = random.nextInt(key.length());
    switch (random.nextInt(5)) {
      case 0: key.deleteCharAt(i); break;
      case 1: key.insert(i, key.charAt(i)); break;
      case 2: key.setCharAt(i, (char) ('a' + random.nextInt(26))); break;
      case 3: key.setCharAt(i, Character.isUpperCase(key.charAt(i))
          ? Character.toLowerCase(key.charAt(i)) : Character.toUpperCase(key.charAt(i))); break;
      default:
        if (i + 1 < key.length()) {
          char c = key.charAt(i);
          key.setCharAt(i, key.charAt(i + 1));
          key.setCharAt(i + 1, c);
        }
    }
    return text.substring(0, span[0]) + key + text.substring(span[1]);
  }

  /** One value anchored and another made an alias of it: the billion-laughs building block. */
  private String anchorAndAlias(String text) {
    List<int[]> spans = spans(VALUE.matcher(text));
    if (spans.size() < 2) {
      return insert(text, "*a");
    }
    int[] first = spans.get(random.nextInt(spans.size()));
    int[] second = spans.get(random.nextInt(spans.size()));
    int[] early = first[0] <= second[0] ? first : second;
    int[] late = early == first ? second : first;
    if (early[0] == late[0]) {
      return text.substring(0, early[0]) + "&a " + text.substring(early[0]);
    }
    return text.substring(0, early[0]) + "&a " + text.substring(early[0], late[0]) + "*a"
        + text.substring(late[1]);
  }

  /** A line of another file, at some indentation: a field where it does not belong. */
  private String transplantLine(String text, String other) {
    List<String> lines = lines(text);
    List<String> from = lines(other);
    String line = " ".repeat(2 * random.nextInt(5)) + pick(from).stripLeading();
    lines.add(random.nextInt(lines.size() + 1), line);
    return String.join("\n", lines);
  }

  /** A run of lines repeated right after itself: duplicate keys, repeated groups. */
  private String duplicateBlock(String text) {
    List<String> lines = lines(text);
    int from = random.nextInt(lines.size());
    int to = Math.min(lines.size(), from + 1 + random.nextInt(8));
    lines.addAll(to, new ArrayList<>(lines.subList(from, to)));
    return String.join("\n", lines);
  }

  /** A short random token from letters, digits, YAML's punctuation and a few odd characters. */
  private String token() {
    int length = 1 + random.nextInt(12);
    int[] codePoints = TOKEN_CHARS.codePoints().toArray();
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
    }
    return s.toString();
  }

  private static List<int[]> spans(Matcher m) {
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    return spans;
  }

  /** The lines of a text, at least one (possibly empty). */
  private static List<String> lines(String text) {
    return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
