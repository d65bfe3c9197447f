package org.jbackprop.jupyter.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The SVG post-processing, on exact strings. */
class SvgCompactTest {

    @Test
    void roundsNumbersToTwoDecimalsAndGlyphsToOne() {
        assertEquals("<line x1=\"315.25\" y1=\"0\" x2=\"-3\"/>",
                SvgCompact.round("<line x1=\"315.24635416666666\" y1=\"-0.001\" x2=\"-3.0\"/>"));
        assertEquals("<path d=\"M3.5,-1.7 L7.3,0\" style=\"fill:rgb(0,0,0);stroke:none;\"/>",
                SvgCompact.round("<path d=\"M3.453125,-1.65625 L7.3125,-0.0\" style=\"fill:rgb(0,0,0);stroke:none;\"/>"));
        assertEquals("12", SvgCompact.number(11.999));
        assertEquals("0.1", SvgCompact.number(0.1000001));
    }

    /**
     * The integer-arithmetic number writer gives String.format's text for every scale, sign and size:
     * values around every multiple of a hundredth (the rounding edges), random values from 10^-4 to
     * 10^16, and the largest longs, where it hands over to String.format.
     */
    @Test
    void numbersAreWhatStringFormatWrites() {
        java.util.Random random = new java.util.Random(7);
        for (int scale : new int[] {10, 100}) {
            for (int i = -30_000; i <= 30_000; i++) {
                double edge = i / (double) scale;
                for (double v : new double[] {edge, Math.nextUp(edge), Math.nextDown(edge),
                    edge + 0.5 / scale, Math.nextUp(edge + 0.5 / scale), Math.nextDown(edge + 0.5 / scale)}) {
                    check(v, scale);
                }
            }
            for (int i = 0; i < 50_000; i++) {
                double v = (random.nextBoolean() ? -1 : 1) * Math.pow(10, random.nextDouble() * 20 - 4);
                check(v, scale);
            }
            for (double v : new double[] {0.0, -0.0, 1e13, -1e13, 9.99e12, 1e15, 1e17, 9.3e16, Long.MAX_VALUE / 100.0, -Long.MAX_VALUE / 100.0}) {
                check(v, scale);
            }
        }
    }

    private static void check(double v, int scale) {
        long units = Math.round(v * scale);
        String expected = units == 0 ? "0" : SvgCompact.formatted(units, scale);
        assertEquals(expected, SvgCompact.number(v, scale), () -> v + " at scale " + scale);
    }

    @Test
    void clipIdsAreNumberedInOrderOfAppearance() {
        assertEquals("<clipPath id=\"clip0\"/><clipPath id=\"clip1\"/><g clip-path=\"url(#clip0)\"/>",
                SvgCompact.renumberClips("<clipPath id=\"clip869097320\"/><clipPath id=\"clip12\"/>"
                        + "<g clip-path=\"url(#clip869097320)\"/>"));
        assertEquals("<clipPath id=\"clip0\"/><g clip-path=\"url(#clip0)\"/>",
                SvgCompact.renumberClips("<clipPath id=\"clip-1648845824\"/><g clip-path=\"url(#clip-1648845824)\"/>"));
    }

    @Test
    void connectedLinesOfOneStyleBecomeOnePath() {
        String s = "a\n"
                + "    <line style=\"stroke:red;\" x1=\"0\" x2=\"1\" y1=\"5\" y2=\"6\"/>\n"
                + "    <line style=\"stroke:red;\" x1=\"1\" x2=\"2\" y1=\"6\" y2=\"4\"/>\n"
                + "    <line style=\"stroke:blue;\" x1=\"2\" x2=\"3\" y1=\"4\" y2=\"4\"/>\n"
                + "    <line style=\"stroke:blue;\" x1=\"9\" x2=\"9\" y1=\"0\" y2=\"1\"/>\n"
                + "b\n";
        assertEquals("a\n"
                + "    <path d=\"M0,5 L1,6 L2,4\" style=\"stroke:red;\"/>\n"
                + "    <path d=\"M2,4 L3,4\" style=\"stroke:blue;\"/>\n"
                + "    <path d=\"M9,0 L9,1\" style=\"stroke:blue;\"/>\n"
                + "b\n", SvgCompact.mergeLines(s));
    }
}
