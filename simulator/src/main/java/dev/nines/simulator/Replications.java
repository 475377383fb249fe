package dev.nines.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs independent replications on a thread pool and returns their results in replication order, so
 * whatever is merged from them is the same for any number of threads (DESIGN.md §2).
 */
public final class Replications {

  private Replications() {}

  /** The number of threads to use when the user does not say: every core. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Runs {@code replication.apply(i)} for i in 0..count-1 on {@code threads} threads.
   *
   * @throws RuntimeException the first failure, in replication order, with its cause
   */
  public static <R> List<R> run(int count, int threads, IntFunction<R> replication) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be non-negative, got " + count);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    List<R> results = new ArrayList<>(count);
    if (threads == 1 || count <= 1) {
      for (int i = 0; i < count; i++) {
        results.add(replication.apply(i));
      }
      return results;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, count), runnable -> {
      Thread thread = new Thread(runnable, "nines-replication");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<R>> futures = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        int index = i;
        futures.add(pool.submit(() -> replication.apply(index)));
      }
      for (Future<R> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running replications", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }
}
