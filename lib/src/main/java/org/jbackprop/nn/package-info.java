/**
 * Layers with an explicit forward and backward pass (Saito's {@code common/layers.py}, cs231n's
 * {@code layers.py}): {@link org.jbackprop.nn.Linear}/{@link org.jbackprop.nn.Affine},
 * {@link org.jbackprop.nn.Sigmoid}, {@link org.jbackprop.nn.Tanh}, {@link org.jbackprop.nn.ReLU},
 * {@link org.jbackprop.nn.Step}, {@link org.jbackprop.nn.Softmax}, {@link org.jbackprop.nn.Sequential};
 * the scalar {@link org.jbackprop.nn.MulLayer} and {@link org.jbackprop.nn.AddLayer} of the
 * apples-and-oranges example; {@link org.jbackprop.nn.Parameter} (value and gradient side by side);
 * and {@link org.jbackprop.nn.FeedForward}, Goodfellow's Algorithms 6.3/6.4.
 */
package org.jbackprop.nn;
