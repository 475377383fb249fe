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
    return run(count, threads, replication, StopSignal.none());
  }

  /**
   * Runs replications as {@link #run(int, int, IntFunction)} until {@code signal} stops them:
   * returns the results of replications 0, 1, ... up to the first that did not finish, so that
   * what is kept does not depend on which thread was faster. A replication stops by throwing
   * {@link StopSignal.Stopped}; those not started when the signal went up are not started.
   */
  public static <R> List<R> run(int count, int threads, IntFunction<R> replication,
      StopSignal signal) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be non-negative, got " + count);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    List<R> results = new ArrayList<>(count);
    if (threads == 1 || count <= 1) {
      try {
        for (int i = 0; i < count && !signal.stopped(); i++) {
          results.add(replication.apply(i));
        }
      } catch (StopSignal.Stopped stopped) {
        // The replication under way is dropped; the ones before it are kept.
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
        futures.add(pool.submit(() -> {
          if (signal.stopped()) {
            throw new StopSignal.Stopped(signal.reason());
          }
          return replication.apply(index);
        }));
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
      if (cause instanceof StopSignal.Stopped) {
        return results; // the finished prefix
      }
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
