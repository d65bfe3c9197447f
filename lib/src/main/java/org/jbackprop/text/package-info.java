/**
 * Numbers printed as the lectures' Python prints them: {@link org.jbackprop.text.Py#str(double)} is
 * Python's {@code str(x)}, {@link org.jbackprop.text.Py#format(String, Object...)} is Python's
 * {@code "%.4f" % x}, the same text on every machine whatever its locale.
 */
package org.jbackprop.text;
