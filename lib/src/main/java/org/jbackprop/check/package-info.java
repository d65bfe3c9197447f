/**
 * Gradient checking: {@link org.jbackprop.check.NumericalGradient} (central differences) and
 * {@link org.jbackprop.check.GradientCheck}, which compares them with backward for layers, losses,
 * whole networks, autograd computations and scalar graphs and returns a
 * {@link org.jbackprop.check.GradCheckReport}; and the checks of students' answers for exercises and test
 * cells, {@link org.jbackprop.check.Check} (one check, throws on failure) and
 * {@link org.jbackprop.check.Checks} (a group), whose {@link org.jbackprop.check.CheckFailure} names
 * the shapes, the first differing elements, the relative errors and the likely {@link org.jbackprop.check.Mistake}.
 */
package org.jbackprop.check;
