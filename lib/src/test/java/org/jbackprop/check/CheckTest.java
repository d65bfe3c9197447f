package org.jbackprop.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jbackprop.nn.Layer;
import org.jbackprop.nn.Parameter;
import org.jbackprop.nn.Sigmoid;
import org.jbackprop.tensor.Rng;
import org.jbackprop.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** The check API's verdicts and the facts its failure messages carry (fields first, a few words second). */
class CheckTest {

    private static final Tensor X = Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
    private static final Tensor DOUT = Tensor.of(new double[][] {{1, -1}, {0.5, 2}});
    private static final Tensor W = Tensor.of(new double[][] {{0.1, 0.2}, {0.3, 0.4}, {0.5, 0.6}});

    private static CheckFailure failure(Runnable r) {
        return assertThrows(CheckFailure.class, r::run);
    }

    @Test
    void aRightAnswerPassesAndReturnsItsResult() {
        CheckResult r = Check.close("dW", X.T().matmul(DOUT), X.transpose().matmul(DOUT));
        assertTrue(r.passed());
        assertArrayEquals(new int[] {3, 2}, r.actualShape());
        assertTrue(r.summary().startsWith("all 6 values of shape (3, 2) right"), r.summary());
    }

    @Test
    void aFailureIsAnAssertionErrorEvenWithoutEa() {
        AssertionError e = assertThrows(AssertionError.class, () -> Check.close("x", 1.0, 2.0));
        assertTrue(e instanceof CheckFailure);
    }

    @Test
    void wrongShapeNamesBothShapesAndRecognisesAMissingTranspose() {
        Tensor right = X.T().matmul(DOUT);                     // (3, 2), the shape of W
        Tensor wrong = DOUT.T().matmul(X);                     // (2, 3): transposed
        CheckFailure f = failure(() -> Check.close("dW", right, wrong));
        CheckResult r = f.results().get(0);
        assertArrayEquals(new int[] {3, 2}, r.expectedShape());
        assertArrayEquals(new int[] {2, 3}, r.actualShape());
        assertEquals(Mistake.TRANSPOSED, r.hint().orElseThrow().mistake());
        assertTrue(f.getMessage().startsWith("dW: wrong shape (2, 3); expected (3, 2)"), f.getMessage());
        assertTrue(f.getMessage().contains("hint: dW is the transpose of the right answer"), f.getMessage());
    }

    @Test
    void messagesWrapTheirHintsAndTheTracePointsAtTheCaller() {
        CheckFailure f = failure(() -> Check.close("dB", DOUT.sum(0), DOUT));
        for (String line : f.getMessage().split("\n")) {
            assertTrue(line.length() <= CheckResult.WIDTH, line);
        }
        assertTrue(f.getMessage().contains("\n        "), f.getMessage());
        assertEquals(CheckTest.class.getName(), f.getStackTrace()[0].getClassName().replaceAll("\\$.*", ""));
    }

    @Test
    void aSquareTransposeIsRecognisedFromTheValues() {
        Tensor right = Tensor.of(new double[][] {{1, 2}, {3, 4}});
        CheckResult r = failure(() -> Check.close("dW", right, right.T())).results().get(0);
        assertEquals(Mistake.TRANSPOSED, r.hint().orElseThrow().mistake());
        assertEquals(2, r.mismatchCount());
    }

    @Test
    void theFirstDifferingElementsAreListedWithIndexExpectedAndActual() {
        Tensor expected = Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        Tensor actual = Tensor.of(new double[][] {{1, 2, 3.5}, {4, 0, 6}});
        CheckFailure f = failure(() -> Check.close("y", expected, actual));
        CheckResult r = f.results().get(0);
        assertEquals(2, r.mismatchCount());
        assertEquals(new Mismatch(new int[] {0, 2}, 3, 3.5), r.mismatches().get(0));
        assertEquals(new Mismatch(new int[] {1, 1}, 5, 0), r.mismatches().get(1));
        assertTrue(f.getMessage().contains("at [0, 2]: expected 3, got 3.5"), f.getMessage());
        assertTrue(r.hint().isEmpty());
    }

    @Test
    void onlyTheFirstThreeMismatchesAreShownButAllAreCounted() {
        Tensor expected = Tensor.arange(10).add(1.0);
        CheckResult r = failure(() -> Check.close("v", expected, expected.add(Tensor.of(0, 1, 0, 0, 1, 1, 1, 0, 1, 0))))
                .results().get(0);
        assertEquals(Checks.SHOWN_MISMATCHES, r.mismatches().size());
        assertEquals(5, r.mismatchCount());
        assertTrue(r.message().contains("... and 2 more"), r.message());
    }

    @Test
    void aSumWhereAMeanWasMeantNamesTheFactor() {
        Tensor mean = Tensor.of(0.5, -0.25, 1.0);
        CheckResult r = failure(() -> Check.close("dB", mean, mean.mul(4))).results().get(0);
        Hint h = r.hint().orElseThrow();
        assertEquals(Mistake.SCALED, h.mistake());
        assertTrue(h.text().contains("4 times") && h.text().contains("a sum where a mean was meant"), h.text());
        Hint inverse = failure(() -> Check.close("dB", mean, mean.div(4))).results().get(0).hint().orElseThrow();
        assertEquals(Mistake.SCALED, inverse.mistake());
        assertTrue(inverse.text().contains("1/4"), inverse.text());
    }

    @Test
    void aFlippedSignIsNamed() {
        Tensor yMinusT = Tensor.of(0.2, -0.7, 0.5);
        assertEquals(Mistake.SIGN_FLIPPED, failure(() -> Check.close("dx", yMinusT, yMinusT.neg()))
                .results().get(0).hint().orElseThrow().mistake());
    }

    @Test
    void anUnsummedBiasGradientIsRecognised() {
        CheckResult r = failure(() -> Check.close("dB", DOUT.sum(0), DOUT)).results().get(0);
        Hint h = r.hint().orElseThrow();
        assertEquals(Mistake.NOT_SUMMED, h.mistake());
        assertTrue(h.text().contains("axis 0") && h.text().contains("dOut.sum(0)"), h.text());
    }

    @Test
    void aSumTooEarlyIsAMissingAxis() {
        CheckResult r = failure(() -> Check.close("d_b", DOUT, DOUT.sum(0))).results().get(0);
        assertEquals(Mistake.WRONG_REDUCTION, r.hint().orElseThrow().mistake());
        assertTrue(r.hint().orElseThrow().text().contains("axis 0 of size 2 is missing"), r.hint().orElseThrow().text());
    }

    @Test
    void keepDimsIsAnExtraAxis() {
        CheckResult r = failure(() -> Check.close("dB", DOUT.sum(0), DOUT.sum(0, true))).results().get(0);
        assertEquals(Mistake.EXTRA_AXIS, r.hint().orElseThrow().mistake());
        assertTrue(r.hint().orElseThrow().text().startsWith("the values are right"), r.hint().orElseThrow().text());
    }

    @Test
    void zerosAndNaNsAreNamed() {
        Tensor e = Tensor.of(1, 2);
        assertEquals(Mistake.ALL_ZEROS, failure(() -> Check.close("g", e, Tensor.zeros(2))).results().get(0)
                .hint().orElseThrow().mistake());
        CheckResult nan = failure(() -> Check.close("g", e, Tensor.of(1, Double.NaN))).results().get(0);
        assertEquals(Mistake.NOT_FINITE, nan.hint().orElseThrow().mistake());
        assertTrue(nan.hint().orElseThrow().text().contains("nan at [1]"), nan.hint().orElseThrow().text());
    }

    @Test
    void aKnownMistakeGivesTheTestWritersExplanation() {
        Tensor x = Tensor.of(0.0, 2.0);
        Tensor y = x.sigmoid();
        Tensor right = y.mul(y.rsub(1));
        Tensor fromX = x.mul(x.rsub(1));
        CheckResult r = failure(() -> Check.close("dx", right, fromX,
                KnownMistake.of("σ' uses the output y = σ(x), not x", fromX))).results().get(0);
        assertEquals(Mistake.KNOWN, r.hint().orElseThrow().mistake());
        assertEquals("σ' uses the output y = σ(x), not x", r.hint().orElseThrow().text());
    }

    @Test
    void aNullAnswerSaysSo() {
        CheckResult r = failure(() -> Check.close("dX", X, null)).results().get(0);
        assertTrue(r.summary().startsWith("is null"), r.summary());
        assertArrayEquals(new int[] {2, 3}, r.expectedShape());
    }

    @Test
    void shapeChecksNameTheShapes() {
        assertTrue(Check.shape("dW", W, 3, 2).passed());
        CheckResult r = failure(() -> Check.shape("dW", W.T(), 3, 2)).results().get(0);
        assertArrayEquals(new int[] {2, 3}, r.actualShape());
        assertEquals(Mistake.TRANSPOSED, r.hint().orElseThrow().mistake());
    }

    /** A sigmoid whose backward forgets the (1 − y) factor, as a student might. */
    static final class WrongSigmoid implements Layer {
        private Tensor y;

        @Override
        public Tensor forward(Tensor x) {
            y = x.sigmoid();
            return y;
        }

        @Override
        public Tensor backward(Tensor dOut) {
            return dOut.mul(y);
        }

        @Override
        public List<Parameter> parameters() {
            return List.of();
        }

        @Override
        public String toString() {
            return "WrongSigmoid";
        }
    }

    @Test
    void aGradientCheckReportsTheRelativeErrorPerTensor() {
        Tensor x = new Rng(1).randn(3, 4);
        CheckResult ok = Check.gradients(new Sigmoid(), x);
        assertTrue(ok.passed());
        assertTrue(ok.relativeErrors().get("x") < 1e-8, ok.relativeErrors().toString());
        CheckFailure f = failure(() -> Check.gradients(new WrongSigmoid(), x));
        CheckResult r = f.results().get(0);
        assertEquals(List.of("x"), List.copyOf(r.relativeErrors().keySet()));
        assertTrue(r.relativeErrors().get("x") > 0.1, r.relativeErrors().toString());
        assertFalse(r.mismatches().isEmpty());
        assertTrue(f.getMessage().contains("relative error of x: "), f.getMessage());
        assertTrue(f.getMessage().contains("disagrees with the numerical gradient for x"), f.getMessage());
    }

    @Test
    void aHandWrittenGradientIsCheckedAgainstCentralDifferences() {
        Tensor w = Tensor.of(0.5, -1.0);
        Tensor x = Tensor.of(2.0, 3.0);
        // L = ½ (w·x)², dL/dw = (w·x) x
        java.util.function.DoubleSupplier loss = () -> 0.5 * Math.pow(w.dot(x).item(), 2);
        Tensor right = x.mul(w.dot(x).item());
        assertTrue(Check.gradient("dw", loss, w, right).passed());
        CheckResult r = failure(() -> Check.gradient("dw", loss, w, right.mul(2))).results().get(0);
        assertEquals(Mistake.SCALED, r.hint().orElseThrow().mistake());
        assertTrue(r.relativeErrors().get("dw") > 0.3);
        CheckResult shape = failure(() -> Check.gradient("dw", loss, w, Tensor.zeros(2, 1))).results().get(0);
        assertArrayEquals(new int[] {2, 1}, shape.actualShape());
    }

    @Test
    void aDerivativeIsCheckedAgainstACentralDifference() {
        assertTrue(Check.derivative("dσ/dz", z -> 1 / (1 + Math.exp(-z)), 0.0, 0.25).passed());
        CheckResult r = failure(() -> Check.derivative("dσ/dz", z -> 1 / (1 + Math.exp(-z)), 0.0, 0.5)).results().get(0);
        assertEquals(new Mismatch(new int[0], 0.25, 0.5).expected(), r.mismatches().get(0).expected(), 1e-9);
        assertTrue(r.message().contains("expected 0.25, got 0.5"), r.message());
    }

    @Test
    void aGroupRunsEveryCheckAndFailsOnceListingAll() {
        Checks c = new Checks("Affine backward")
                .shape("dX", DOUT.matmul(W.T()), 2, 3)
                .close("dB", DOUT.sum(0), DOUT.mean(0))
                .that("cache", true, "");
        assertFalse(c.allPassed());
        assertEquals(3, c.results().size());
        CheckFailure f = assertThrows(CheckFailure.class, c::verify);
        assertEquals(1, f.failures().size());
        assertEquals("Affine backward: dB", f.failures().get(0).name());
        assertTrue(f.getMessage().startsWith("1 of 3 checks failed"), f.getMessage());
        assertTrue(f.getMessage().contains("PASS Affine backward: dX"), f.getMessage());
        assertEquals(Mistake.SCALED, f.failures().get(0).hint().orElseThrow().mistake());
        Checks ok = new Checks("ok").close("a", 1.0, 1.0 + 1e-12);
        assertTrue(ok.verify().allPassed());
        assertTrue(ok.toString().startsWith("ok: 1 of 1 passed"), ok.toString());
    }

    @Test
    void tolerancesAreThoseAskedFor() {
        assertTrue(new Checks("t").tolerance(0, 1e-3).close("a", 1.0, 1.0005).allPassed());
        assertFalse(new Checks("t").close("a", 1.0, 1.0005).allPassed());
        assertThrows(IllegalArgumentException.class, () -> new Checks("t").tolerance(-1, 0));
    }
}
