/**
 * Loading the lectures' data: {@link org.jbackprop.data.Datasets#loadtxt} (numpy's loadtxt on
 * Tablesaw's CSV reader), {@link org.jbackprop.data.Datasets#zoo()} (the zoo data, x (101, 16)
 * and y (101, 1)), and {@link org.jbackprop.data.Tables} (tensors to and from Tablesaw tables).
 */
package org.jbackprop.data;
