/**
 * Scalar computational graphs for the chain-rule lectures: a {@link org.jbackprop.graph.Graph} of
 * {@link org.jbackprop.graph.Node}s built from gates named like the tensor ops they mirror (add, sub,
 * mul, maximum, exp, log, reciprocal, neg, square, sigmoid, add/mul with a constant) that records values and, after backward, gradients; and {@link org.jbackprop.graph.Trace}, a
 * chain-rule product written out factor by factor.
 */
package org.jbackprop.graph;
