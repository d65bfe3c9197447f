/**
 * Optimizers with explicit state that update {@link org.jbackprop.nn.Parameter}s in place:
 * {@link org.jbackprop.optim.SGD}, {@link org.jbackprop.optim.Momentum} and TF1's
 * {@link org.jbackprop.optim.Adam}. A NaN or infinite loss stops training with a
 * {@link org.jbackprop.optim.NonFiniteLossException} naming the step and the value (in {@code minimize}
 * and in {@code step()} after a backward pass from that loss), a non-finite gradient with a
 * {@link org.jbackprop.optim.NonFiniteGradientException} naming the parameter.
 */
package org.jbackprop.optim;
