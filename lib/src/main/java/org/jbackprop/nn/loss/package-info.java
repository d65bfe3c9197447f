/**
 * Losses exactly as the lectures define them, each with forward(y, t) and backward(): Mazur's
 * {@link org.jbackprop.nn.loss.HalfSquaredError}, {@link org.jbackprop.nn.loss.MeanSquaredError},
 * {@link org.jbackprop.nn.loss.L1Loss}, {@link org.jbackprop.nn.loss.BinaryCrossEntropy} (sum or mean)
 * and Saito's {@link org.jbackprop.nn.loss.SoftmaxWithLoss}.
 */
package org.jbackprop.nn.loss;
