package dev.nines.scenarios;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every input that once broke the loader (src/test/resources/fuzz-corpus, see its README) keeps
 * {@link FuzzContract}: it loads or ends in located problems, in time.
 */
class FuzzCorpusTest {

  static final Path CORPUS = Path.of("src", "test", "resources", "fuzz-corpus");

  @TestFactory
  Stream<DynamicTest> everyCorpusInputKeepsTheContract() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(CORPUS)) {
      files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no corpus in " + CORPUS);
    FuzzContract contract = new FuzzContract();
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      FuzzContract.Verdict verdict =
          contract.judge(Files.readString(file, StandardCharsets.UTF_8));
      assertNotEquals(FuzzContract.Outcome.BROKEN, verdict.outcome(), verdict::why);
    })).onClose(contract::close);
  }
}
