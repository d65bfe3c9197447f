/**
 * Optimizers with explicit state that update {@link org.jbackprop.nn.Parameter}s in place:
 * {@link org.jbackprop.optim.SGD}, {@link org.jbackprop.optim.Momentum} and TF1's
 * {@link org.jbackprop.optim.Adam}. A NaN or infinite loss or gradient stops training with a
 * {@link org.jbackprop.optim.NonFiniteLossException} naming the step.
 */
package org.jbackprop.optim;
