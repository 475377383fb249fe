package dev.nines.models.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nines.models.distributions.Deterministic;
import dev.nines.models.distributions.Erlang;
import dev.nines.models.distributions.Exponential;
import dev.nines.models.distributions.Lognormal;
import dev.nines.models.distributions.Uniform;
import org.junit.jupiter.api.Test;

/**
 * The formulas for any service law, M/G/1 (Pollaczek–Khinchine) and M/G/c/c (Erlang B), against
 * their textbook special cases worked out here.
 */
class QueueingGeneralServiceTest {

  private static final double EPS = 1e-12;

  @Test
  void md1AtEightyPercentLoad() {
    // E[S] = 10 ms, ρ = 0.8 ⇒ λ = 80/s; M/D/1: W_q = ρ·E[S]/(2(1−ρ)) = 0.8·0.01/0.4 = 20 ms.
    Deterministic tenMs = new Deterministic(0.010);
    Analytic wait = Queueing.mg1MeanWait(80, tenMs);
    assertEquals(0.020, wait.value(), EPS);
    assertEquals(0.030, Queueing.mg1MeanResponse(80, tenMs).value(), EPS);
    assertTrue(wait.formula().startsWith("M/D/1 Pollaczek-Khinchine"), wait.formula());
  }

  @Test
  void exponentialServiceGivesTheMm1Wait() {
    // M/M/1 at λ = 0.9, μ = 1: W_q = ρ/(μ−λ) = 9, W = 10; the same as the M/M/1 formulas.
    Exponential one = new Exponential(1);
    assertEquals(9, Queueing.mg1MeanWait(0.9, one).value(), 1e-11);
    assertEquals(10, Queueing.mg1MeanResponse(0.9, one).value(), 1e-11);
    assertEquals(Queueing.mm1MeanResponse(0.9, 1).value(),
        Queueing.mg1MeanResponse(0.9, one).value(), 1e-11);
    assertTrue(Queueing.mg1MeanWait(0.9, one).formula().startsWith("M/G/1 Pollaczek-Khinchine"));
  }

  @Test
  void erlangServiceIsTheMEk1Formula() {
    // M/E_k/1: W_q = ((1 + 1/k)/2)·ρE[S]/(1−ρ). k = 2, E[S] = 1, λ = 0.5: 0.75·0.5/0.5 = 0.75.
    int k = 2;
    double rho = 0.5;
    double textbook = (1 + 1.0 / k) / 2 * rho * 1 / (1 - rho);
    assertEquals(textbook, Queueing.mg1MeanWait(0.5, new Erlang(k, 1)).value(), EPS);
  }

  @Test
  void uniformAndLognormalFromTheirSecondMoments() {
    // Uniform [0, 2]: E[S] = 1, E[S²] = 4/3; λ = 0.6: W_q = 0.6·(4/3)/(2·0.4) = 1.
    assertEquals(1, Queueing.mg1MeanWait(0.6, new Uniform(0, 2)).value(), EPS);
    // Lognormal mean 1, sd 2: E[S²] = 1 + 4 = 5; λ = 0.5: W_q = 0.5·5/(2·0.5) = 2.5, W = 3.5.
    assertEquals(2.5, Queueing.mg1MeanWait(0.5, new Lognormal(1, 2)).value(), EPS);
    assertEquals(3.5, Queueing.mg1MeanResponse(0.5, new Lognormal(1, 2)).value(), EPS);
  }

  @Test
  void mg1WithoutASteadyStateHasNoValue() {
    Analytic unstable = Queueing.mg1MeanResponse(100, new Deterministic(0.010));
    assertFalse(unstable.hasValue());
    assertEquals(Queueing.UNSTABLE, unstable.formula());
    assertThrows(IllegalArgumentException.class, () -> Queueing.mg1MeanWait(0, new Exponential(1)));
  }

  @Test
  void mgccIsErlangBAtTheOfferedLoad() {
    // c = 3, a = λE[S] = 2: B = (a³/3!)/(1 + a + a²/2 + a³/6) = (4/3)/(19/3) = 4/19.
    Analytic b = Queueing.mgccBlocking(3, 20, 0.1);
    assertEquals(4.0 / 19, b.value(), EPS);
    assertTrue(b.formula().contains("M/G/c/c"), b.formula());
    // One server: a/(1 + a), at a load beyond 1 as well.
    assertEquals(0.75, Queueing.mgccBlocking(1, 3, 1).value(), EPS);
    assertEquals(Queueing.erlangB(5, 4, 0.5).value(), Queueing.mgccBlocking(5, 4, 2).value(), EPS);
    assertThrows(IllegalArgumentException.class, () -> Queueing.mgccBlocking(0, 1, 1));
  }
}
