/**
 * Continuous-time Markov chains and their exact solutions, for the analytic side of nines: the
 * chain of a scenario whose units are exponential (states such as "how many units of each group
 * are down"), solved for steady-state availability, A(t), MTTF and failure frequency.
 *
 * <ul>
 *   <li>{@link dev.nines.models.ctmc.Ctmc}: the immutable sparse chain and its builder.
 *   <li>{@link dev.nines.models.ctmc.SteadyState}: GTH (exact, small chains) or Gauss-Seidel with
 *       adaptive over-relaxation (large, sparse chains), followed by plain sweeps that settle the
 *       small probabilities to their relative precision (an unavailability of 1e-30 is a sum of
 *       them).
 *   <li>{@link dev.nines.models.ctmc.Transient}: p(t) by uniformization with a stated error bound.
 *   <li>{@link dev.nines.models.ctmc.Absorption}: mean time to a set of states (MTTF).
 *   <li>{@link dev.nines.models.ctmc.Flows}: steady-state transition frequencies (failures per
 *       second, hence MTBF and MTTR).
 * </ul>
 *
 * <p><b>Numbering states.</b> Any numbering is correct, but the iterative solvers are fastest when
 * states that are close in the chain are close in number, and the direct ones (GTH, elimination
 * for MTTF) cost size × bandwidth²: number multi-dimensional states lexicographically, as
 * a · (b_max + 1) + b for two groups. Number the all-up state 0 and let numbers grow with
 * failures; the solvers do not rely on it, but it is what they were measured on.
 *
 * <p>Times are in seconds and rates per second, as everywhere in nines. Chains from availability
 * models are stiff (failure rates near 1e-7/s, repair rates near 1e-4/s); every method here was
 * chosen and tested with such rates.
 */
package dev.nines.models.ctmc;
