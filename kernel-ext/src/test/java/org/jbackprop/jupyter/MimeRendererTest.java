package org.jbackprop.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MimeRendererTest {

    /** A value whose rendering and toString both fail. */
    private static final class Broken {
        @Override
        public String toString() {
            throw new IllegalStateException("no text either");
        }
    }

    @Test
    void aFailingTypeFallsBackToPlainTextWithAOneLineNote() {
        MimeRenderer<String> r = MimeRenderer.of(String.class)
                .prefer(Mime.TEXT_HTML, s -> {
                    throw new IllegalArgumentException("bad <input>\nsecond line");
                });
        Map<String, String> out = r.render("value");
        assertEquals(List.of(Mime.TEXT_PLAIN), List.copyOf(out.keySet()));
        assertEquals("value\n(jbackprop could not render String as text/html: IllegalArgumentException: bad <input>)",
                out.get(Mime.TEXT_PLAIN));
    }

    @Test
    void goodTypesSurviveABadOne() {
        MimeRenderer<String> r = MimeRenderer.of(String.class)
                .prefer(Mime.TEXT_HTML, s -> "<b>" + s + "</b>")
                .prefer(Mime.IMAGE_SVG, s -> {
                    throw new StackOverflowError();
                })
                .prefer(Mime.TEXT_PLAIN, s -> s);
        Map<String, String> out = r.render("v");
        assertEquals("<b>v</b>", out.get(Mime.TEXT_HTML));
        assertEquals("v\n(jbackprop could not render String as image/svg+xml: StackOverflowError)", out.get(Mime.TEXT_PLAIN));
    }

    @Test
    void evenAFailingToStringGivesOneLine() {
        MimeRenderer<Broken> r = MimeRenderer.of(Broken.class).prefer(Mime.TEXT_HTML, b -> null);
        Map<String, String> out = r.render(new Broken());
        assertEquals("<" + Broken.class.getName() + ": toString failed: java.lang.IllegalStateException: no text either>\n"
                + "(jbackprop could not render Broken as text/html: IllegalStateException: renderer returned nothing)",
                out.get(Mime.TEXT_PLAIN));
    }

    @Test
    void supportedTypesAreRenderedOnlyWhenAsked() {
        MimeRenderer<String> r = MimeRenderer.of(String.class)
                .prefer(Mime.TEXT_PLAIN, s -> s)
                .support(Mime.TEXT_HTML, s -> "<i>" + s + "</i>");
        assertEquals(Map.of(Mime.TEXT_PLAIN, "a"), r.render("a"));
        assertEquals("<i>a</i>", r.render("a", List.of(Mime.TEXT_HTML)).get(Mime.TEXT_HTML));
        assertEquals(List.of(Mime.TEXT_PLAIN, Mime.TEXT_HTML), r.supported());
    }

    @Test
    void aPictureIsMadeOncePerDisplayAndItsMetadataGoesWithThePng() {
        int[] made = {0};
        MimeRenderer<String> r = MimeRenderer.of(String.class)
                .picture(s -> {
                    made[0]++;
                    return Picture.of("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>", () -> new byte[] {1, 2}, 30, 20, s, "alt " + s);
                })
                .prefer(Mime.TEXT_PLAIN, s -> s);
        MimeBundle b = r.bundle("x");
        assertEquals(1, made[0]);
        assertEquals(List.of(Mime.IMAGE_PNG, Mime.IMAGE_SVG, Mime.TEXT_PLAIN), List.copyOf(b.data().keySet()));
        assertEquals("AQI=", b.data().get(Mime.IMAGE_PNG));
        assertEquals(Map.of(Mime.IMAGE_PNG, Map.of("width", 30, "height", 20, "alt", "alt x")), b.metadata());
        assertEquals(Map.of(), r.bundle("x", List.of(Mime.IMAGE_SVG)).metadata()); // no PNG, no PNG metadata
    }

    @Test
    void aFailingPictureFallsBackToText() {
        MimeRenderer<String> r = MimeRenderer.of(String.class).picture(s -> {
            throw new IllegalStateException("no");
        });
        MimeBundle b = r.bundle("v");
        assertEquals(List.of(Mime.TEXT_PLAIN), List.copyOf(b.data().keySet()));
        assertEquals(Map.of(), b.metadata());
    }
}
