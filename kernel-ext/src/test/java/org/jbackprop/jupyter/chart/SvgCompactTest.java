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
