/**
 * The tensor engine: {@link org.jbackprop.tensor.Tensor}, n-dimensional row-major arrays of
 * doubles with numpy's indexing, broadcasting, reductions and printing; {@link
 * org.jbackprop.tensor.Rng}, a seeded generator that gives the same numbers on every machine;
 * {@link org.jbackprop.tensor.ShapeMismatchException}, the one exception for shapes that do
 * not fit; and {@link org.jbackprop.tensor.ShapeCheck}, the checks that layers, losses, optimizers
 * and autograd make on the tensors they are given.
 *
 * <p>A numpy or TensorFlow line translates word for word:
 * <pre>{@code
 * x_data = xy[:, 0:-1]                  Tensor x = xy.slice(":, 0:-1");
 * tf.matmul(X, W) + b                   x.matmul(W).add(b)
 * tf.reduce_sum(t, axis=1, keepdims=1)  t.sum(1, true)
 * np.argmax(y, 1)                       y.argmax(1)
 * tf.one_hot(y, 7)                      Tensor.oneHot(y, 7)
 * W -= lr * dW                          W.subInPlace(dW.mul(lr))
 * print(a)                              System.out.println(a)   // [[1. 0.]\n [0. 1.]]
 * }</pre>
 */
package org.jbackprop.tensor;
