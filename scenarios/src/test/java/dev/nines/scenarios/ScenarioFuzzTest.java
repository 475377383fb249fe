package dev.nines.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * A mutation fuzzer: every example scenario and notebook scenario, damaged at random by
 * {@link Mutator}, must load or end in located problems ({@link FuzzContract}), never in another
 * exception, a hang or an out-of-memory error. The seed and the budget are fixed, so every run
 * tries the same inputs; {@code -Dfuzz.inputs=N} and {@code -Dfuzz.seed=S} search further locally.
 * An input that breaks the contract is written to {@code target/fuzz-failures/} and printed; once
 * its bug is fixed it belongs in {@code src/test/resources/fuzz-corpus/} ({@link FuzzCorpusTest}).
 */
class ScenarioFuzzTest {

  static final long SEED = 20240610;
  static final int INPUTS = 60_000;
  /** Broken inputs written and printed; the rest are only counted. */
  private static final int SHOWN = 10;

  @Test
  void damagedScenariosLoadOrGiveLocatedProblems() throws IOException {
    long seed = Long.getLong("fuzz.seed", SEED);
    int inputs = Integer.getInteger("fuzz.inputs", INPUTS);
    List<String> seeds = seeds();
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    Mutator mutator = new Mutator(random, seeds);
    Map<FuzzContract.Outcome, Integer> outcomes = new EnumMap<>(FuzzContract.Outcome.class);
    List<String> broken = new ArrayList<>();
    try (FuzzContract contract = new FuzzContract()) {
      for (int i = 0; i < inputs; i++) {
        String input = mutator.next();
        FuzzContract.Verdict verdict = contract.judge(input);
        outcomes.merge(verdict.outcome(), 1, Integer::sum);
        if (verdict.outcome() == FuzzContract.Outcome.BROKEN && broken.size() < SHOWN) {
          broken.add(report(broken.size(), input, verdict.why()));
        }
      }
    }
    System.out.printf("fuzz: seed %d, %d inputs from %d seed files: %d loaded, %d with problems, "
            + "%d broke the contract%n", seed, inputs, seeds.size(),
        outcomes.getOrDefault(FuzzContract.Outcome.LOADED, 0),
        outcomes.getOrDefault(FuzzContract.Outcome.PROBLEMS, 0),
        outcomes.getOrDefault(FuzzContract.Outcome.BROKEN, 0));
    assertTrue(broken.isEmpty(), () -> outcomes.get(FuzzContract.Outcome.BROKEN)
        + " inputs broke the contract; the first:\n" + String.join("\n", broken));
    // A fuzzer whose inputs all fail early, or all pass, tests little.
    assertTrue(outcomes.getOrDefault(FuzzContract.Outcome.LOADED, 0) > 0, "no input loaded");
    assertTrue(outcomes.getOrDefault(FuzzContract.Outcome.PROBLEMS, 0) > 0, "no input had problems");
  }

  /** The scenario files the mutations start from: the examples and the notebooks' scenarios. */
  static List<String> seeds() throws IOException {
    List<String> texts = new ArrayList<>();
    for (Path dir : List.of(Path.of("examples"), Path.of("..", "notebooks", "scenarios"))) {
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(p -> {
          try {
            texts.add(Files.readString(p, StandardCharsets.UTF_8));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
    assertTrue(texts.size() > 10, "too few seed files: " + texts.size());
    return texts;
  }

  /** Writes a broken input to target/fuzz-failures/ and returns what to print about it. */
  private static String report(int index, String input, String why) throws IOException {
    Path dir = Path.of("target", "fuzz-failures");
    Files.createDirectories(dir);
    Path file = dir.resolve(String.format("%03d.yaml", index));
    // getBytes, unlike writeString, writes a lone surrogate (a '?' in the file) instead of failing.
    Files.write(file, input.getBytes(StandardCharsets.UTF_8));
    String shown = "--- " + file + ": " + why + "\n" + input + "\n---";
    System.out.println(shown);
    return shown;
  }
}
