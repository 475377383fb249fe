package dev.nines.models.ctmc;

import java.util.Arrays;

/**
 * A finite continuous-time Markov chain: states {@code 0..size()-1} and transition rates (per
 * second) between distinct states. Immutable and sparse: the rates are held twice, by row (the
 * transitions leaving each state, sorted by target) and by column (the transitions entering each
 * state, sorted by source), so solvers can both scatter and gather in O(transitions).
 *
 * <p>The generator is Q with Q[i][j] = rate(i, j) for i != j and Q[i][i] = -exitRate(i). Build one
 * with {@link #builder(int)}; rates given twice for the same pair add up.
 */
public final class Ctmc {

  /** Receives one transition: {@code from -> to} at {@code rate} per second. */
  @FunctionalInterface
  public interface TransitionConsumer {
    /** Called once per transition. */
    void accept(int from, int to, double rate);
  }

  private final int size;
  private final double[] exit;
  private final double maxExit;
  // By row: transitions leaving i are rowTo/rowRate[rowStart[i] .. rowStart[i+1]).
  final int[] rowStart;
  final int[] rowTo;
  final double[] rowRate;
  // By column: transitions entering j are colFrom/colRate[colStart[j] .. colStart[j+1]).
  final int[] colStart;
  final int[] colFrom;
  final double[] colRate;

  Ctmc(int size, int[] rowStart, int[] rowTo, double[] rowRate) {
    this.size = size;
    this.rowStart = rowStart;
    this.rowTo = rowTo;
    this.rowRate = rowRate;
    int nnz = rowTo.length;
    exit = new double[size];
    double max = 0;
    for (int i = 0; i < size; i++) {
      double sum = 0;
      for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
        sum += rowRate[k];
      }
      exit[i] = sum;
      max = Math.max(max, sum);
    }
    maxExit = max;
    // Transpose by counting sort on the target; visiting rows in order keeps sources sorted.
    colStart = new int[size + 1];
    for (int k = 0; k < nnz; k++) {
      colStart[rowTo[k] + 1]++;
    }
    for (int j = 0; j < size; j++) {
      colStart[j + 1] += colStart[j];
    }
    int[] next = Arrays.copyOf(colStart, size);
    colFrom = new int[nnz];
    colRate = new double[nnz];
    for (int i = 0; i < size; i++) {
      for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
        int at = next[rowTo[k]]++;
        colFrom[at] = i;
        colRate[at] = rowRate[k];
      }
    }
  }

  /** A builder for a chain of {@code states} states (at least one). */
  public static Builder builder(int states) {
    return new Builder(states);
  }

  /** Number of states. */
  public int size() {
    return size;
  }

  /** Number of transitions (distinct ordered pairs with a positive rate). */
  public int transitions() {
    return rowTo.length;
  }

  /** Total rate out of {@code state}: -Q[state][state]; 0 for an absorbing state. */
  public double exitRate(int state) {
    return exit[state];
  }

  /** The largest exit rate: the smallest valid uniformization rate. */
  public double maxExitRate() {
    return maxExit;
  }

  /** The rate from {@code from} to {@code to}; 0 if there is no such transition or from == to. */
  public double rate(int from, int to) {
    checkState(from);
    checkState(to);
    int k = Arrays.binarySearch(rowTo, rowStart[from], rowStart[from + 1], to);
    return k >= 0 ? rowRate[k] : 0;
  }

  /** Every transition, by source then target, ascending. */
  public void forEachTransition(TransitionConsumer consumer) {
    for (int i = 0; i < size; i++) {
      forEachLeaving(i, consumer);
    }
  }

  /** The transitions leaving {@code state}, by target ascending. */
  public void forEachLeaving(int state, TransitionConsumer consumer) {
    checkState(state);
    for (int k = rowStart[state]; k < rowStart[state + 1]; k++) {
      consumer.accept(state, rowTo[k], rowRate[k]);
    }
  }

  /** The transitions entering {@code state}, by source ascending. */
  public void forEachEntering(int state, TransitionConsumer consumer) {
    checkState(state);
    for (int k = colStart[state]; k < colStart[state + 1]; k++) {
      consumer.accept(colFrom[k], state, colRate[k]);
    }
  }

  /** The probability flux vector {@code p Q} (length size()). */
  public double[] multiply(double[] p) {
    checkLength(p, "p");
    double[] out = new double[size];
    for (int j = 0; j < size; j++) {
      double in = 0;
      for (int k = colStart[j]; k < colStart[j + 1]; k++) {
        in += p[colFrom[k]] * colRate[k];
      }
      out[j] = in - p[j] * exit[j];
    }
    return out;
  }

  /**
   * The chain on the {@code m} kept states, renumbered by {@code index} (kept state i becomes
   * index[i]); transitions to dropped states are dropped with them.
   */
  Ctmc restrict(boolean[] keep, int[] index, int m) {
    int[] start = new int[m + 1];
    int nnz = 0;
    for (int i = 0; i < size; i++) {
      if (!keep[i]) {
        continue;
      }
      for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
        if (keep[rowTo[k]]) {
          nnz++;
        }
      }
      start[index[i] + 1] = nnz;
    }
    int[] to = new int[nnz];
    double[] rate = new double[nnz];
    int at = 0;
    for (int i = 0; i < size; i++) {
      if (!keep[i]) {
        continue;
      }
      for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
        if (keep[rowTo[k]]) {
          to[at] = index[rowTo[k]];
          rate[at++] = rowRate[k];
        }
      }
    }
    return new Ctmc(m, start, to, rate);
  }

  void checkState(int state) {
    if (state < 0 || state >= size) {
      throw new IndexOutOfBoundsException("state " + state + " not in 0.." + (size - 1));
    }
  }

  void checkLength(double[] vector, String name) {
    if (vector.length != size) {
      throw new IllegalArgumentException(name + " has length " + vector.length + ", the chain has "
          + size + " states");
    }
  }

  @Override
  public String toString() {
    return "Ctmc[" + size + " states, " + transitions() + " transitions]";
  }

  /**
   * Collects rates, then builds an immutable {@link Ctmc} in O(states + rates). Not thread-safe;
   * {@link #build()} may be called more than once.
   */
  public static final class Builder {
    private final int size;
    private int count;
    private int[] from = new int[16];
    private int[] to = new int[16];
    private double[] rate = new double[16];

    private Builder(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("a chain needs at least one state, got " + size);
      }
      this.size = size;
    }

    /** Adds {@code rate} to the rate from {@code from} to {@code to}; returns this builder. */
    public Builder rate(int from, int to, double rate) {
      if (from < 0 || from >= size || to < 0 || to >= size) {
        throw new IllegalArgumentException("transition " + from + " -> " + to
            + ": states must be in 0.." + (size - 1));
      }
      if (from == to) {
        throw new IllegalArgumentException("transition " + from + " -> " + to
            + ": a self-loop is not a transition");
      }
      if (!(rate > 0) || Double.isInfinite(rate)) {
        throw new IllegalArgumentException("transition " + from + " -> " + to
            + ": rate must be positive and finite, got " + rate);
      }
      if (count == this.from.length) {
        if (count == Integer.MAX_VALUE - 8) {
          throw new CtmcException("chain too large: more than " + count + " rates");
        }
        int grown = (int) Math.min(Integer.MAX_VALUE - 8, 2L * count);
        this.from = Arrays.copyOf(this.from, grown);
        this.to = Arrays.copyOf(this.to, grown);
        this.rate = Arrays.copyOf(this.rate, grown);
      }
      this.from[count] = from;
      this.to[count] = to;
      this.rate[count] = rate;
      count++;
      return this;
    }

    /** The chain: rates sorted by (from, to), repeated pairs summed. */
    public Ctmc build() {
      // Two stable counting sorts (by target, then by source) give row-major order.
      int[] byTo = countingOrder(to, identity(count));
      int[] order = countingOrder(from, byTo);
      int[] rowStart = new int[size + 1];
      int[] rowTo = new int[count];
      double[] rowRate = new double[count];
      int nnz = 0;
      int row = -1;
      for (int k = 0; k < count; k++) {
        int e = order[k];
        if (nnz > 0 && from[e] == row && to[e] == rowTo[nnz - 1]) {
          rowRate[nnz - 1] += rate[e];
          continue;
        }
        row = from[e];
        rowStart[row + 1]++;
        rowTo[nnz] = to[e];
        rowRate[nnz] = rate[e];
        nnz++;
      }
      for (int i = 0; i < size; i++) {
        rowStart[i + 1] += rowStart[i];
      }
      return new Ctmc(size, rowStart, Arrays.copyOf(rowTo, nnz), Arrays.copyOf(rowRate, nnz));
    }

    private static int[] identity(int n) {
      int[] order = new int[n];
      for (int k = 0; k < n; k++) {
        order[k] = k;
      }
      return order;
    }

    /** The entries of {@code order}, stably re-sorted by {@code key[entry]}. */
    private int[] countingOrder(int[] key, int[] order) {
      int[] start = new int[size + 1];
      for (int e : order) {
        start[key[e] + 1]++;
      }
      for (int i = 0; i < size; i++) {
        start[i + 1] += start[i];
      }
      int[] sorted = new int[order.length];
      for (int e : order) {
        sorted[start[key[e]]++] = e;
      }
      return sorted;
    }
  }
}
