package dev.nines.models.traffic;

/** A pool with eligibility and loads set by hand, for testing balancers. */
final class FixedPool implements Pool {

  private final boolean[] eligible;
  private final int[] loads;
  private final int[] list;
  private int count;

  /**
   * @param size the number of servers
   * @param eligible which are eligible (copied; length {@code size})
   * @param loads their loads (copied; length {@code size})
   */
  FixedPool(int size, boolean[] eligible, int[] loads) {
    if (eligible.length != size || loads.length != size) {
      throw new IllegalArgumentException("eligible and loads must have one entry per server");
    }
    this.eligible = eligible.clone();
    this.loads = loads.clone();
    this.list = new int[size];
    rebuild();
  }

  /** {@code size} servers, all eligible, all with load 0. */
  static FixedPool all(int size) {
    boolean[] e = new boolean[size];
    java.util.Arrays.fill(e, true);
    return new FixedPool(size, e, new int[size]);
  }

  void setEligible(int i, boolean b) {
    eligible[i] = b;
    rebuild();
  }

  void setLoad(int i, int n) {
    loads[i] = n;
  }

  private void rebuild() {
    count = 0;
    for (int i = 0; i < eligible.length; i++) {
      if (eligible[i]) {
        list[count++] = i;
      }
    }
  }

  @Override
  public int size() {
    return eligible.length;
  }

  @Override
  public int count() {
    return count;
  }

  @Override
  public int eligible(int j) {
    if (j < 0 || j >= count) {
      throw new IndexOutOfBoundsException("eligible position " + j + " of " + count);
    }
    return list[j];
  }

  @Override
  public boolean isEligible(int i) {
    return eligible[i];
  }

  @Override
  public int load(int i) {
    return loads[i];
  }
}
