package org.jbackprop.jupyter;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Test helper: parses SVG text as XML, refusing any DOCTYPE (so no DTD is ever fetched). */
public final class Svgs {

    private Svgs() {
    }

    /** The parsed document; fails the test if {@code svg} is not well-formed XML. */
    public static Document parse(String svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed SVG: " + e.getMessage() + "\n"
                    + svg.substring(0, Math.min(300, svg.length())), e);
        }
    }
}
