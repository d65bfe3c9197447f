/**
 * A small reverse-mode automatic differentiation engine over tensors:
 * {@link org.jbackprop.autograd.Variable}. Its trainable leaves are
 * {@link org.jbackprop.nn.Parameter}s, so the same optimizers train layers and autograd networks.
 */
package org.jbackprop.autograd;
