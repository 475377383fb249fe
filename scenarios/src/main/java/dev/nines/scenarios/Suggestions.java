package dev.nines.scenarios;

import java.util.Collection;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean …?" hints: the closest valid name within a small edit distance. */
public final class Suggestions {

  private static final int MAX_DISTANCE = 2;
  /** The most names a hint lists: a file with thousands of groups must not get hints of pages. */
  static final int MAX_LISTED = 20;

  private Suggestions() {}

  /**
   * The candidate closest to {@code word} (ignoring case), or null when none is within two edits
   * or the word is so short that any suggestion would be a guess. Ties go to the earlier candidate.
   */
  public static String closest(String word, Collection<String> candidates) {
    LevenshteinDistance distance = new LevenshteinDistance(MAX_DISTANCE);
    String lower = word.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance.apply(lower, candidate.toLowerCase(Locale.ROOT));
      if (d >= 0 && d < bestDistance && d < word.length()) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  /**
   * "did you mean 'x'?" when a candidate is close, else "{intro}: a, b, c", the list cut after
   * {@link #MAX_LISTED} names with how many more there are.
   */
  public static String hint(String word, Collection<String> candidates, String intro) {
    String best = closest(word, candidates);
    if (best != null) {
      return "did you mean '" + best + "'?";
    }
    return list(intro, candidates);
  }

  /** "{intro}: a, b, c", cut after {@link #MAX_LISTED} names with how many more there are. */
  public static String list(String intro, Collection<String> names) {
    if (names.size() <= MAX_LISTED) {
      return intro + ": " + String.join(", ", names);
    }
    return intro + ": " + String.join(", ", names.stream().limit(MAX_LISTED).toList()) + " and "
        + (names.size() - MAX_LISTED) + " more";
  }
}
