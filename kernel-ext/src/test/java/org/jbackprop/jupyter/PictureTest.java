package org.jbackprop.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class PictureTest {

    private static Picture square() {
        return Picture.draw(60, 40, "a <square>", "A red square on a transparent ground.", g -> {
            g.setColor(Color.RED);
            g.fillRect(10, 10, 20, 20);
        });
    }

    @Test
    void pngIsTwiceTheDisplaySizeAndDrawsWhatTheSvgDraws() throws Exception {
        Picture p = square();
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(p.png()));
        assertEquals(120, png.getWidth());
        assertEquals(80, png.getHeight());
        assertEquals(Color.RED.getRGB(), png.getRGB(40, 40)); // (20, 20) in display pixels
        assertEquals(0, png.getRGB(2, 2) >>> 24, "the ground is transparent");
        Document svg = Svgs.parse(p.svg());
        assertEquals("0 0 60 40", svg.getDocumentElement().getAttribute("viewBox"));
        assertEquals(1, svg.getElementsByTagNameNS("*", "rect").getLength() + svg.getElementsByTagNameNS("*", "path").getLength());
    }

    @Test
    void svgStartsWithEscapedTitleAndDesc() {
        Document svg = Svgs.parse(square().svg());
        assertEquals("title", svg.getDocumentElement().getElementsByTagNameNS("*", "*").item(0).getLocalName());
        assertEquals("a <square>", svg.getElementsByTagNameNS("*", "title").item(0).getTextContent());
        assertEquals("A red square on a transparent ground.", svg.getElementsByTagNameNS("*", "desc").item(0).getTextContent());
    }

    @Test
    void metadataGivesTheDisplaySizeAndAltTextUnderImagePng() {
        assertEquals(Map.of("image/png", Map.of("width", 60, "height", 40, "alt", "A red square on a transparent ground.")),
                square().metadata());
    }

    @Test
    void eachImageIsMadeOnceAndOnlyWhenAsked() {
        AtomicInteger svgs = new AtomicInteger();
        AtomicInteger pngs = new AtomicInteger();
        Picture p = Picture.of(() -> {
            svgs.incrementAndGet();
            return "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>";
        }, () -> {
            pngs.incrementAndGet();
            return new byte[] {1};
        }, 10, 10, "t", "a");
        p.svg();
        p.svg();
        assertEquals(1, svgs.get());
        assertEquals(0, pngs.get());
    }

    @Test
    void anExistingTitleIsKept() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>mine</title></svg>";
        assertEquals(svg, Picture.withTitle(svg, "other", "d"));
    }

    @Test
    void badSizesAreRefusedWithTheSize() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Picture.draw(0, 10, "t", "a", g -> { }));
        assertEquals("a picture must be between 1 and 2000 pixels on each side, got 0 x 10", e.getMessage());
    }

    @Test
    void altFallsBackToTheTitle() {
        assertEquals("t", Picture.of("<svg></svg>", () -> new byte[0], 1, 1, "t", " ").alt());
    }
}
