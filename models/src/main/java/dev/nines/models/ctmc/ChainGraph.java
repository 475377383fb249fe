package dev.nines.models.ctmc;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Graph questions about a chain's transition structure, each in O(states + transitions): strongly
 * connected components, closed classes, forward and backward reachability.
 */
final class ChainGraph {

  private ChainGraph() {
  }

  /**
   * The states of the chain's only closed (recurrent) class: the support of every stationary
   * distribution. Throws {@link CtmcException} when there are several closed classes, since the
   * steady state then depends on where the chain starts.
   */
  static boolean[] onlyClosedClass(Ctmc chain) {
    int n = chain.size();
    int[] component = components(chain);
    int count = 0;
    for (int c : component) {
      count = Math.max(count, c + 1);
    }
    boolean[] open = new boolean[count];
    for (int i = 0; i < n; i++) {
      for (int k = chain.rowStart[i]; k < chain.rowStart[i + 1]; k++) {
        if (component[chain.rowTo[k]] != component[i]) {
          open[component[i]] = true;
        }
      }
    }
    int closed = -1;
    int[] example = new int[count];
    Arrays.fill(example, -1);
    for (int i = n - 1; i >= 0; i--) {
      example[component[i]] = i;
    }
    for (int c = 0; c < count; c++) {
      if (!open[c]) {
        if (closed >= 0) {
          throw new CtmcException("the chain is reducible with at least two closed classes (one"
              + " holds state " + example[closed] + ", another state " + example[c] + "): the"
              + " steady state depends on the initial state; solve each class on its own");
        }
        closed = c;
      }
    }
    boolean[] in = new boolean[n];
    for (int i = 0; i < n; i++) {
      in[i] = component[i] == closed;
    }
    return in;
  }

  /** Strongly connected component of each state (Tarjan's algorithm, without recursion). */
  static int[] components(Ctmc chain) {
    int n = chain.size();
    int[] index = new int[n];
    int[] low = new int[n];
    int[] component = new int[n];
    Arrays.fill(index, -1);
    boolean[] onStack = new boolean[n];
    int[] stack = new int[n];
    int top = 0;
    int[] callState = new int[n];
    int[] callEdge = new int[n];
    int next = 0;
    int components = 0;
    for (int root = 0; root < n; root++) {
      if (index[root] >= 0) {
        continue;
      }
      int depth = 0;
      callState[0] = root;
      callEdge[0] = chain.rowStart[root];
      index[root] = low[root] = next++;
      stack[top++] = root;
      onStack[root] = true;
      while (depth >= 0) {
        int v = callState[depth];
        if (callEdge[depth] < chain.rowStart[v + 1]) {
          int w = chain.rowTo[callEdge[depth]++];
          if (index[w] < 0) {
            index[w] = low[w] = next++;
            stack[top++] = w;
            onStack[w] = true;
            depth++;
            callState[depth] = w;
            callEdge[depth] = chain.rowStart[w];
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], index[w]);
          }
          continue;
        }
        if (low[v] == index[v]) {
          int w;
          do {
            w = stack[--top];
            onStack[w] = false;
            component[w] = components;
          } while (w != v);
          components++;
        }
        depth--;
        if (depth >= 0) {
          int parent = callState[depth];
          low[parent] = Math.min(low[parent], low[v]);
        }
      }
    }
    return component;
  }

  /** The states from which some state in {@code target} can be reached (target included). */
  static boolean[] canReach(Ctmc chain, boolean[] target) {
    boolean[] seen = target.clone();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int i = 0; i < seen.length; i++) {
      if (seen[i]) {
        queue.add(i);
      }
    }
    while (!queue.isEmpty()) {
      int j = queue.poll();
      for (int k = chain.colStart[j]; k < chain.colStart[j + 1]; k++) {
        int i = chain.colFrom[k];
        if (!seen[i]) {
          seen[i] = true;
          queue.add(i);
        }
      }
    }
    return seen;
  }

  /**
   * The states reachable from {@code start} without passing through {@code stop}: paths may end in
   * a stop state but not continue from it. Start states are included unless they are stop states.
   */
  static boolean[] reachableAvoiding(Ctmc chain, boolean[] start, boolean[] stop) {
    boolean[] seen = new boolean[start.length];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int i = 0; i < start.length; i++) {
      if (start[i] && !stop[i]) {
        seen[i] = true;
        queue.add(i);
      }
    }
    while (!queue.isEmpty()) {
      int i = queue.poll();
      for (int k = chain.rowStart[i]; k < chain.rowStart[i + 1]; k++) {
        int j = chain.rowTo[k];
        if (!seen[j] && !stop[j]) {
          seen[j] = true;
          queue.add(j);
        }
      }
    }
    return seen;
  }
}
