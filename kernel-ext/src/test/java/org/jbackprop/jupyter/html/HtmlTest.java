package org.jbackprop.jupyter.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupCharacters() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;",
                Html.escape("<script>alert(\"x\")</script> & 'y'"));
    }

    @Test
    void returnsPlainTextUnchanged() {
        String text = "lr = 0.1";
        assertSame(text, Html.escape(text));
    }

    @Test
    void dropsControlCharactersXmlForbids() {
        assertEquals("ab\tc\n", Html.escape("a\u0000b\tc\n\u001b"));
    }

    @Test
    void writesNullAsText() {
        assertEquals("null", Html.escape(null));
    }
}
