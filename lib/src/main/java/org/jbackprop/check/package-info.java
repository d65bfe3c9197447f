/**
 * Gradient checking: {@link org.jbackprop.check.NumericalGradient} (central differences) and
 * {@link org.jbackprop.check.GradientCheck}, which compares them with backward for layers, losses,
 * whole networks, autograd computations and scalar graphs and returns a
 * {@link org.jbackprop.check.GradCheckReport}.
 */
package org.jbackprop.check;
