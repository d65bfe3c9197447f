package org.jbackprop.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jbackprop.tensor.Tensor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TensorViewTest {

    @AfterEach
    void reset() {
        TensorView.reset();
    }

    @Test
    void precisionAppliesToLaterDisplays() {
        TensorView.precision(2);
        assertTrue(Renderers.render(Tensor.of(1.0 / 3)).get(Mime.TEXT_HTML).contains("<td>0.33</td>"));
        TensorView.reset();
        assertTrue(Renderers.render(Tensor.of(1.0 / 3)).get(Mime.TEXT_HTML).contains("<td>0.33333333</td>")); // as println prints it
    }

    @Test
    void rowBoundsApply() {
        TensorView.rows(4, 1);
        assertEquals(3, TensorView.table(Tensor.zeros(10, 2)).rowCount()); // head, ellipsis, tail
    }

    @Test
    void tableNeedsRankTwoOrLess() {
        assertThrows(IllegalArgumentException.class, () -> TensorView.table(Tensor.zeros(2, 2, 2)));
    }
}
