package org.jbackprop.tensor;

/**
 * Element-wise binary operations, each with its own tight loops so that the JIT can inline and
 * vectorise them: contiguous/contiguous, contiguous/scalar, scalar/contiguous and strided.
 *
 * <p>Generated once by hand from a template (one loop set per operation); edit all alike.
 */
enum BinaryOp {
    ADD("add") {
        @Override
        double apply(double x, double y) {
            return x + y;
        }

        @Override
        void run(double[] a, int ao, int as, double[] b, int bo, int bs, double[] o, int oo, int n) {
            if (as == 1 && bs == 1) {
                for (int i = 0; i < n; i++) {
                    o[oo + i] = a[ao + i] + b[bo + i];
                }
            } else if (as == 1 && bs == 0) {
                double y = b[bo];
                for (int i = 0; i < n; i++) {
                    o[oo + i] = a[ao + i] + y;
                }
            } else if (as == 0 && bs == 1) {
                double x = a[ao];
                for (int i = 0; i < n; i++) {
                    o[oo + i] = x + b[bo + i];
                }
            } else {
                for (int i = 0; i < n; i++) {
                    o[oo + i] = a[ao + i * as] + b[bo + i * bs];
                }
            }
        }

        @Override
        void run2d(double[] a, int ao, int as0, int as1, double[] b, int bo, int bs0, int bs1,
                   double[] o, int oo, int rows, int n) {
            for (int r = 0; r < rows; r++) {
                int ar = ao + r * as0;
                int br = bo + r * bs0;
                int or = oo + r * n;
                if (as1 == 1 && bs1 == 1) {
                    for (int i = 0; i < n; i++) {
                        o[or + i] = a[ar + i] + b[br + i];
                    }
                } else if (as1 == 1 && bs1 == 0) {
                    double y = b[br];
                    for (int i = 0; i < n; i++) {
                        o[or + i] = a[ar + i] + y;
                    }
                } else if (as1 == 0 && bs1 == 1) {
                    double x = a[ar];
                    for (int i = 0; i < n; i++) {
                        o[or + i] = x + b[br + i];
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        o[or + i] = a[ar + i * as1] + b[br + i * bs1];
                    }
                }
            }
        }
    },
    SUB("sub") {
        @Override
        double apply(double x, double y) {
            return x - y;
        }

        @Override
        void run(double[] a, int ao, int as, double[] b, int bo, int bs, double[] o, int oo, int n) {
            if (as == 1 && bs == 1) {
                for (int i = 0; i < n; i++) {
                    o[oo + i] = a[ao + i] - b[bo + i];
                }
            } else if (as == 1 && bs == 0) {
                double y = b[bo];
                for (int i = 0; i < n; i++) {
                    o[oo + i] = a[ao + i] - y;
                }
            } else if (as == 0 && bs == 1) {
                double x = a[ao];
                for (int i = 0; i < n; i++) {
                    o[oo + i] = x - b[bo + i];
                }
            } else {
                for (int i = 0; i < n; i++) {
                    o[oo + i] = a[ao + i * as] - b[bo + i * bs];
                }
            }
        }

        @Override
        void run2d(double[] a, int ao, int as0, int as1, double[] b, int bo, int bs0, int bs1,
                   double[] o, int oo, int rows, int n) {
            for (int r = 0; r < rows; r++) {
                int ar = ao + r * as0;
                int br = bo + r * bs0;
                int or = oo + r * n;
                if (as1 == 1 && bs1 == 1) {
                    for (int i = 0; i < n; i++) {
                        o[or + i] = a[ar + i] - b[br + i];
                    }
                } else if (as1 == 1 && bs1 == 0) {
                    double y = b[br];
                    for (int i = 0; i < n; i++) {
                        o[or + i] = a[ar + i] - y;
                    }
                } else if (as1 == 0 && bs1 == 1) {
                    double x = a[ar];
                    for (int i = 0; i < n; i++) {
                        o[or + i] = x - b[br + i];
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        o[or + i] = a[ar + i * as1] - b[br + i * bs1];
                    }
                }
            }
        }
    },
    MUL("mul") {
        @Override
        double apply(double x, double y) {
            return x * y;
        }

        @Override
        void run(double[] a, int ao, int as, double[] b, int bo, int bs, double[] o, int oo, int n) {
            if (as == 1 && bs == 1) {
                for (int i = 0; i < n; i++) {
                    o[oo + i] = a[ao + i] * b[bo + i];
                }
            } else if (as == 1 && bs == 0) {
                double y = b[bo];
                for (int i = 0; i < n; i++) {
                    o[oo + i] = a[ao + i] * y;
                }
            } else if (as == 0 && bs == 1) {
                double x = a[ao];
                for (int i = 0; i < n; i++) {
                    o[oo + i] = x * b[bo + i];
                }
            } else {
                for (int i = 0; i < n; i++) {
                    o[oo + i] = a[ao + i * as] * b[bo + i * bs];
                }
            }
        }

        @Override
        void run2d(double[] a, int ao, int as0, int as1, double[] b, int bo, int bs0, int bs1,
                   double[] o, int oo, int rows, int n) {
            for (int r = 0; r < rows; r++) {
                int ar = ao + r * as0;
                int br = bo + r * bs0;
                int or = oo + r * n;
                if (as1 == 1 && bs1 == 1) {
                    for (int i = 0; i < n; i++) {
                        o[or + i] = a[ar + i] * b[br + i];
                    }
                } else if (as1 == 1 && bs1 == 0) {
                    double y = b[br];
                    for (int i = 0; i < n; i++) {
                        o[or + i] = a[ar + i] * y;
                    }
                } else if (as1 == 0 && bs1 == 1) {
                    double x = a[ar];
                    for (int i = 0; i < n; i++) {
                        o[or + i] = x * b[br + i];
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        o[or + i] = a[ar + i * as1] * b[br + i * bs1];
                    }
                }
            }
        }
    },
    DIV("div") {
        @Override
        double apply(double x, double y) {
            return x / y;
        }

        @Override
        void run(double[] a, int ao, int as, double[] b, int bo, int bs, double[] o, int oo, int n) {
            if (as == 1 && bs == 1) {
                for (int i = 0; i < n; i++) {
                    o[oo + i] = a[ao + i] / b[bo + i];
                }
            } else if (as == 1 && bs == 0) {
                double y = b[bo];
                for (int i = 0; i < n; i++) {
                    o[oo + i] = a[ao + i] / y;
                }
            } else if (as == 0 && bs == 1) {
                double x = a[ao];
                for (int i = 0; i < n; i++) {
                    o[oo + i] = x / b[bo + i];
                }
            } else {
                for (int i = 0; i < n; i++) {
                    o[oo + i] = a[ao + i * as] / b[bo + i * bs];
                }
            }
        }

        @Override
        void run2d(double[] a, int ao, int as0, int as1, double[] b, int bo, int bs0, int bs1,
                   double[] o, int oo, int rows, int n) {
            for (int r = 0; r < rows; r++) {
                int ar = ao + r * as0;
                int br = bo + r * bs0;
                int or = oo + r * n;
                if (as1 == 1 && bs1 == 1) {
                    for (int i = 0; i < n; i++) {
                        o[or + i] = a[ar + i] / b[br + i];
                    }
                } else if (as1 == 1 && bs1 == 0) {
                    double y = b[br];
                    for (int i = 0; i < n; i++) {
                        o[or + i] = a[ar + i] / y;
                    }
                } else if (as1 == 0 && bs1 == 1) {
                    double x = a[ar];
                    for (int i = 0; i < n; i++) {
                        o[or + i] = x / b[br + i];
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        o[or + i] = a[ar + i * as1] / b[br + i * bs1];
                    }
                }
            }
        }
    },
    POW("pow") {
        @Override
        double apply(double x, double y) {
            return Math.pow(x, y);
        }

        @Override
        void run(double[] a, int ao, int as, double[] b, int bo, int bs, double[] o, int oo, int n) {
            if (as == 1 && bs == 1) {
                for (int i = 0; i < n; i++) {
                    o[oo + i] = Math.pow(a[ao + i], b[bo + i]);
                }
            } else if (as == 1 && bs == 0) {
                double y = b[bo];
                for (int i = 0; i < n; i++) {
                    o[oo + i] = Math.pow(a[ao + i], y);
                }
            } else if (as == 0 && bs == 1) {
                double x = a[ao];
                for (int i = 0; i < n; i++) {
                    o[oo + i] = Math.pow(x, b[bo + i]);
                }
            } else {
                for (int i = 0; i < n; i++) {
                    o[oo + i] = Math.pow(a[ao + i * as], b[bo + i * bs]);
                }
            }
        }

        @Override
        void run2d(double[] a, int ao, int as0, int as1, double[] b, int bo, int bs0, int bs1,
                   double[] o, int oo, int rows, int n) {
            for (int r = 0; r < rows; r++) {
                int ar = ao + r * as0;
                int br = bo + r * bs0;
                int or = oo + r * n;
                if (as1 == 1 && bs1 == 1) {
                    for (int i = 0; i < n; i++) {
                        o[or + i] = Math.pow(a[ar + i], b[br + i]);
                    }
                } else if (as1 == 1 && bs1 == 0) {
                    double y = b[br];
                    for (int i = 0; i < n; i++) {
                        o[or + i] = Math.pow(a[ar + i], y);
                    }
                } else if (as1 == 0 && bs1 == 1) {
                    double x = a[ar];
                    for (int i = 0; i < n; i++) {
                        o[or + i] = Math.pow(x, b[br + i]);
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        o[or + i] = Math.pow(a[ar + i * as1], b[br + i * bs1]);
                    }
                }
            }
        }
    },
    MAXIMUM("maximum") {
        @Override
        double apply(double x, double y) {
            return Math.max(x, y);
        }

        @Override
        void run(double[] a, int ao, int as, double[] b, int bo, int bs, double[] o, int oo, int n) {
            if (as == 1 && bs == 1) {
                for (int i = 0; i < n; i++) {
                    o[oo + i] = Math.max(a[ao + i], b[bo + i]);
                }
            } else if (as == 1 && bs == 0) {
                double y = b[bo];
                for (int i = 0; i < n; i++) {
                    o[oo + i] = Math.max(a[ao + i], y);
                }
            } else if (as == 0 && bs == 1) {
                double x = a[ao];
                for (int i = 0; i < n; i++) {
                    o[oo + i] = Math.max(x, b[bo + i]);
                }
            } else {
                for (int i = 0; i < n; i++) {
                    o[oo + i] = Math.max(a[ao + i * as], b[bo + i * bs]);
                }
            }
        }

        @Override
        void run2d(double[] a, int ao, int as0, int as1, double[] b, int bo, int bs0, int bs1,
                   double[] o, int oo, int rows, int n) {
            for (int r = 0; r < rows; r++) {
                int ar = ao + r * as0;
                int br = bo + r * bs0;
                int or = oo + r * n;
                if (as1 == 1 && bs1 == 1) {
                    for (int i = 0; i < n; i++) {
                        o[or + i] = Math.max(a[ar + i], b[br + i]);
                    }
                } else if (as1 == 1 && bs1 == 0) {
                    double y = b[br];
                    for (int i = 0; i < n; i++) {
                        o[or + i] = Math.max(a[ar + i], y);
                    }
                } else if (as1 == 0 && bs1 == 1) {
                    double x = a[ar];
                    for (int i = 0; i < n; i++) {
                        o[or + i] = Math.max(x, b[br + i]);
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        o[or + i] = Math.max(a[ar + i * as1], b[br + i * bs1]);
                    }
                }
            }
        }
    },
    MINIMUM("minimum") {
        @Override
        double apply(double x, double y) {
            return Math.min(x, y);
        }

        @Override
        void run(double[] a, int ao, int as, double[] b, int bo, int bs, double[] o, int oo, int n) {
            if (as == 1 && bs == 1) {
                for (int i = 0; i < n; i++) {
                    o[oo + i] = Math.min(a[ao + i], b[bo + i]);
                }
            } else if (as == 1 && bs == 0) {
                double y = b[bo];
                for (int i = 0; i < n; i++) {
                    o[oo + i] = Math.min(a[ao + i], y);
                }
            } else if (as == 0 && bs == 1) {
                double x = a[ao];
                for (int i = 0; i < n; i++) {
                    o[oo + i] = Math.min(x, b[bo + i]);
                }
            } else {
                for (int i = 0; i < n; i++) {
                    o[oo + i] = Math.min(a[ao + i * as], b[bo + i * bs]);
                }
            }
        }

        @Override
        void run2d(double[] a, int ao, int as0, int as1, double[] b, int bo, int bs0, int bs1,
                   double[] o, int oo, int rows, int n) {
            for (int r = 0; r < rows; r++) {
                int ar = ao + r * as0;
                int br = bo + r * bs0;
                int or = oo + r * n;
                if (as1 == 1 && bs1 == 1) {
                    for (int i = 0; i < n; i++) {
                        o[or + i] = Math.min(a[ar + i], b[br + i]);
                    }
                } else if (as1 == 1 && bs1 == 0) {
                    double y = b[br];
                    for (int i = 0; i < n; i++) {
                        o[or + i] = Math.min(a[ar + i], y);
                    }
                } else if (as1 == 0 && bs1 == 1) {
                    double x = a[ar];
                    for (int i = 0; i < n; i++) {
                        o[or + i] = Math.min(x, b[br + i]);
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        o[or + i] = Math.min(a[ar + i * as1], b[br + i * bs1]);
                    }
                }
            }
        }
    },
    EQUAL("equal") {
        @Override
        double apply(double x, double y) {
            return x == y ? 1.0 : 0.0;
        }

        @Override
        void run(double[] a, int ao, int as, double[] b, int bo, int bs, double[] o, int oo, int n) {
            if (as == 1 && bs == 1) {
                for (int i = 0; i < n; i++) {
                    o[oo + i] = a[ao + i] == b[bo + i] ? 1.0 : 0.0;
                }
            } else if (as == 1 && bs == 0) {
                double y = b[bo];
                for (int i = 0; i < n; i++) {
                    o[oo + i] = a[ao + i] == y ? 1.0 : 0.0;
                }
            } else if (as == 0 && bs == 1) {
                double x = a[ao];
                for (int i = 0; i < n; i++) {
                    o[oo + i] = x == b[bo + i] ? 1.0 : 0.0;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    o[oo + i] = a[ao + i * as] == b[bo + i * bs] ? 1.0 : 0.0;
                }
            }
        }

        @Override
        void run2d(double[] a, int ao, int as0, int as1, double[] b, int bo, int bs0, int bs1,
                   double[] o, int oo, int rows, int n) {
            for (int r = 0; r < rows; r++) {
                int ar = ao + r * as0;
                int br = bo + r * bs0;
                int or = oo + r * n;
                if (as1 == 1 && bs1 == 1) {
                    for (int i = 0; i < n; i++) {
                        o[or + i] = a[ar + i] == b[br + i] ? 1.0 : 0.0;
                    }
                } else if (as1 == 1 && bs1 == 0) {
                    double y = b[br];
                    for (int i = 0; i < n; i++) {
                        o[or + i] = a[ar + i] == y ? 1.0 : 0.0;
                    }
                } else if (as1 == 0 && bs1 == 1) {
                    double x = a[ar];
                    for (int i = 0; i < n; i++) {
                        o[or + i] = x == b[br + i] ? 1.0 : 0.0;
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        o[or + i] = a[ar + i * as1] == b[br + i * bs1] ? 1.0 : 0.0;
                    }
                }
            }
        }
    },
    NOT_EQUAL("notEqual") {
        @Override
        double apply(double x, double y) {
            return x != y ? 1.0 : 0.0;
        }

        @Override
        void run(double[] a, int ao, int as, double[] b, int bo, int bs, double[] o, int oo, int n) {
            if (as == 1 && bs == 1) {
                for (int i = 0; i < n; i++) {
                    o[oo + i] = a[ao + i] != b[bo + i] ? 1.0 : 0.0;
                }
            } else if (as == 1 && bs == 0) {
                double y = b[bo];
                for (int i = 0; i < n; i++) {
                    o[oo + i] = a[ao + i] != y ? 1.0 : 0.0;
                }
            } else if (as == 0 && bs == 1) {
                double x = a[ao];
                for (int i = 0; i < n; i++) {
                    o[oo + i] = x != b[bo + i] ? 1.0 : 0.0;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    o[oo + i] = a[ao + i * as] != b[bo + i * bs] ? 1.0 : 0.0;
                }
            }
        }

        @Override
        void run2d(double[] a, int ao, int as0, int as1, double[] b, int bo, int bs0, int bs1,
                   double[] o, int oo, int rows, int n) {
            for (int r = 0; r < rows; r++) {
                int ar = ao + r * as0;
                int br = bo + r * bs0;
                int or = oo + r * n;
                if (as1 == 1 && bs1 == 1) {
                    for (int i = 0; i < n; i++) {
                        o[or + i] = a[ar + i] != b[br + i] ? 1.0 : 0.0;
                    }
                } else if (as1 == 1 && bs1 == 0) {
                    double y = b[br];
                    for (int i = 0; i < n; i++) {
                        o[or + i] = a[ar + i] != y ? 1.0 : 0.0;
                    }
                } else if (as1 == 0 && bs1 == 1) {
                    double x = a[ar];
                    for (int i = 0; i < n; i++) {
                        o[or + i] = x != b[br + i] ? 1.0 : 0.0;
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        o[or + i] = a[ar + i * as1] != b[br + i * bs1] ? 1.0 : 0.0;
                    }
                }
            }
        }
    },
    GREATER("greater") {
        @Override
        double apply(double x, double y) {
            return x > y ? 1.0 : 0.0;
        }

        @Override
        void run(double[] a, int ao, int as, double[] b, int bo, int bs, double[] o, int oo, int n) {
            if (as == 1 && bs == 1) {
                for (int i = 0; i < n; i++) {
                    o[oo + i] = a[ao + i] > b[bo + i] ? 1.0 : 0.0;
                }
            } else if (as == 1 && bs == 0) {
                double y = b[bo];
                for (int i = 0; i < n; i++) {
                    o[oo + i] = a[ao + i] > y ? 1.0 : 0.0;
                }
            } else if (as == 0 && bs == 1) {
                double x = a[ao];
                for (int i = 0; i < n; i++) {
                    o[oo + i] = x > b[bo + i] ? 1.0 : 0.0;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    o[oo + i] = a[ao + i * as] > b[bo + i * bs] ? 1.0 : 0.0;
                }
            }
        }

        @Override
        void run2d(double[] a, int ao, int as0, int as1, double[] b, int bo, int bs0, int bs1,
                   double[] o, int oo, int rows, int n) {
            for (int r = 0; r < rows; r++) {
                int ar = ao + r * as0;
                int br = bo + r * bs0;
                int or = oo + r * n;
                if (as1 == 1 && bs1 == 1) {
                    for (int i = 0; i < n; i++) {
                        o[or + i] = a[ar + i] > b[br + i] ? 1.0 : 0.0;
                    }
                } else if (as1 == 1 && bs1 == 0) {
                    double y = b[br];
                    for (int i = 0; i < n; i++) {
                        o[or + i] = a[ar + i] > y ? 1.0 : 0.0;
                    }
                } else if (as1 == 0 && bs1 == 1) {
                    double x = a[ar];
                    for (int i = 0; i < n; i++) {
                        o[or + i] = x > b[br + i] ? 1.0 : 0.0;
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        o[or + i] = a[ar + i * as1] > b[br + i * bs1] ? 1.0 : 0.0;
                    }
                }
            }
        }
    },
    GREATER_EQUAL("greaterEqual") {
        @Override
        double apply(double x, double y) {
            return x >= y ? 1.0 : 0.0;
        }

        @Override
        void run(double[] a, int ao, int as, double[] b, int bo, int bs, double[] o, int oo, int n) {
            if (as == 1 && bs == 1) {
                for (int i = 0; i < n; i++) {
                    o[oo + i] = a[ao + i] >= b[bo + i] ? 1.0 : 0.0;
                }
            } else if (as == 1 && bs == 0) {
                double y = b[bo];
                for (int i = 0; i < n; i++) {
                    o[oo + i] = a[ao + i] >= y ? 1.0 : 0.0;
                }
            } else if (as == 0 && bs == 1) {
                double x = a[ao];
                for (int i = 0; i < n; i++) {
                    o[oo + i] = x >= b[bo + i] ? 1.0 : 0.0;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    o[oo + i] = a[ao + i * as] >= b[bo + i * bs] ? 1.0 : 0.0;
                }
            }
        }

        @Override
        void run2d(double[] a, int ao, int as0, int as1, double[] b, int bo, int bs0, int bs1,
                   double[] o, int oo, int rows, int n) {
            for (int r = 0; r < rows; r++) {
                int ar = ao + r * as0;
                int br = bo + r * bs0;
                int or = oo + r * n;
                if (as1 == 1 && bs1 == 1) {
                    for (int i = 0; i < n; i++) {
                        o[or + i] = a[ar + i] >= b[br + i] ? 1.0 : 0.0;
                    }
                } else if (as1 == 1 && bs1 == 0) {
                    double y = b[br];
                    for (int i = 0; i < n; i++) {
                        o[or + i] = a[ar + i] >= y ? 1.0 : 0.0;
                    }
                } else if (as1 == 0 && bs1 == 1) {
                    double x = a[ar];
                    for (int i = 0; i < n; i++) {
                        o[or + i] = x >= b[br + i] ? 1.0 : 0.0;
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        o[or + i] = a[ar + i * as1] >= b[br + i * bs1] ? 1.0 : 0.0;
                    }
                }
            }
        }
    },
    LESS("less") {
        @Override
        double apply(double x, double y) {
            return x < y ? 1.0 : 0.0;
        }

        @Override
        void run(double[] a, int ao, int as, double[] b, int bo, int bs, double[] o, int oo, int n) {
            if (as == 1 && bs == 1) {
                for (int i = 0; i < n; i++) {
                    o[oo + i] = a[ao + i] < b[bo + i] ? 1.0 : 0.0;
                }
            } else if (as == 1 && bs == 0) {
                double y = b[bo];
                for (int i = 0; i < n; i++) {
                    o[oo + i] = a[ao + i] < y ? 1.0 : 0.0;
                }
            } else if (as == 0 && bs == 1) {
                double x = a[ao];
                for (int i = 0; i < n; i++) {
                    o[oo + i] = x < b[bo + i] ? 1.0 : 0.0;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    o[oo + i] = a[ao + i * as] < b[bo + i * bs] ? 1.0 : 0.0;
                }
            }
        }

        @Override
        void run2d(double[] a, int ao, int as0, int as1, double[] b, int bo, int bs0, int bs1,
                   double[] o, int oo, int rows, int n) {
            for (int r = 0; r < rows; r++) {
                int ar = ao + r * as0;
                int br = bo + r * bs0;
                int or = oo + r * n;
                if (as1 == 1 && bs1 == 1) {
                    for (int i = 0; i < n; i++) {
                        o[or + i] = a[ar + i] < b[br + i] ? 1.0 : 0.0;
                    }
                } else if (as1 == 1 && bs1 == 0) {
                    double y = b[br];
                    for (int i = 0; i < n; i++) {
                        o[or + i] = a[ar + i] < y ? 1.0 : 0.0;
                    }
                } else if (as1 == 0 && bs1 == 1) {
                    double x = a[ar];
                    for (int i = 0; i < n; i++) {
                        o[or + i] = x < b[br + i] ? 1.0 : 0.0;
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        o[or + i] = a[ar + i * as1] < b[br + i * bs1] ? 1.0 : 0.0;
                    }
                }
            }
        }
    },
    LESS_EQUAL("lessEqual") {
        @Override
        double apply(double x, double y) {
            return x <= y ? 1.0 : 0.0;
        }

        @Override
        void run(double[] a, int ao, int as, double[] b, int bo, int bs, double[] o, int oo, int n) {
            if (as == 1 && bs == 1) {
                for (int i = 0; i < n; i++) {
                    o[oo + i] = a[ao + i] <= b[bo + i] ? 1.0 : 0.0;
                }
            } else if (as == 1 && bs == 0) {
                double y = b[bo];
                for (int i = 0; i < n; i++) {
                    o[oo + i] = a[ao + i] <= y ? 1.0 : 0.0;
                }
            } else if (as == 0 && bs == 1) {
                double x = a[ao];
                for (int i = 0; i < n; i++) {
                    o[oo + i] = x <= b[bo + i] ? 1.0 : 0.0;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    o[oo + i] = a[ao + i * as] <= b[bo + i * bs] ? 1.0 : 0.0;
                }
            }
        }

        @Override
        void run2d(double[] a, int ao, int as0, int as1, double[] b, int bo, int bs0, int bs1,
                   double[] o, int oo, int rows, int n) {
            for (int r = 0; r < rows; r++) {
                int ar = ao + r * as0;
                int br = bo + r * bs0;
                int or = oo + r * n;
                if (as1 == 1 && bs1 == 1) {
                    for (int i = 0; i < n; i++) {
                        o[or + i] = a[ar + i] <= b[br + i] ? 1.0 : 0.0;
                    }
                } else if (as1 == 1 && bs1 == 0) {
                    double y = b[br];
                    for (int i = 0; i < n; i++) {
                        o[or + i] = a[ar + i] <= y ? 1.0 : 0.0;
                    }
                } else if (as1 == 0 && bs1 == 1) {
                    double x = a[ar];
                    for (int i = 0; i < n; i++) {
                        o[or + i] = x <= b[br + i] ? 1.0 : 0.0;
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        o[or + i] = a[ar + i * as1] <= b[br + i * bs1] ? 1.0 : 0.0;
                    }
                }
            }
        }
    };

    private final String opName;

    BinaryOp(String opName) {
        this.opName = opName;
    }

    /** The public method's name, used in error messages. */
    String opName() {
        return opName;
    }

    /** The operation on one pair of values. */
    abstract double apply(double x, double y);

    /**
     * o[oo + i] = a[ao + i*as] op b[bo + i*bs] for i in [0, n); strides are 0 (broadcast) or more.
     */
    abstract void run(double[] a, int ao, int as, double[] b, int bo, int bs, double[] o, int oo, int n);

    /**
     * {@link #run} for {@code rows} consecutive output rows of length n in one call:
     * o[oo + r*n + i] = a[ao + r*as0 + i*as1] op b[bo + r*bs0 + i*bs1]. One virtual call per
     * block instead of one per row keeps row and column broadcasts, e.g. (101, 7) + (7,), fast.
     */
    abstract void run2d(double[] a, int ao, int as0, int as1, double[] b, int bo, int bs0, int bs1,
                        double[] o, int oo, int rows, int n);
}
