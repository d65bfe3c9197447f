/**
 * Scalar computational graphs for the chain-rule lectures: a {@link org.jbackprop.graph.Graph} of
 * {@link org.jbackprop.graph.Node}s built from gates (add, multiply, max, exp, 1/x, *-1, +c, *c, σ, ...)
 * that records values and, after backward, gradients; and {@link org.jbackprop.graph.Trace}, a
 * chain-rule product written out factor by factor.
 */
package org.jbackprop.graph;
