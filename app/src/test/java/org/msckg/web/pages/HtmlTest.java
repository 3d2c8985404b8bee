package org.msckg.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void markupCharactersBecomeEntities() {
        assertEquals(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;",
                Html.escape("<script>alert('x')</script> & \"q\""));
        assertEquals("", Html.escape(null));
    }

    @Test
    void anEntityLinkEscapesItsLabelAndEncodesItsCurie() {
        assertEquals(
                "<a href=\"/entity/CL%3A0000134\" title=\"CL:0000134\">&lt;b&gt;MSC&lt;/b&gt;</a>",
                Html.entityLink("CL:0000134", "<b>MSC</b>"));
        assertEquals("<a href=\"/entity/ref%3A64\" title=\"ref:64\">ref:64</a>", Html.entityLink("ref:64", ""));
    }

    @Test
    void jsonInAScriptElementCannotCloseIt() {
        String embedded = Html.scriptJson("{\"q\":\"</script><script>x()</script>\"}");
        assertFalse(embedded.contains("</script"));
        assertEquals("{\"q\":\"\\u003c/script\\u003e\"}", Html.scriptJson("{\"q\":\"</script>\"}"));
    }
}
