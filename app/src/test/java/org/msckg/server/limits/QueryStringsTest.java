package org.msckg.server.limits;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QueryStringsTest {
    @Test
    void wellFormedPercentEncodedUtf8IsAccepted() {
        for (String ok :
                new String[] {"", "query=SELECT+*", "query=%C3%A9t%C3%A9&x=1", "a=%F0%9F%98%80", "q=a%2Fb%3F"}) {
            assertTrue(QueryStrings.isWellFormed(ok), ok);
        }
    }

    @Test
    void brokenEscapesInvalidUtf8AndRawNonAsciiAreRefused() {
        for (String bad : new String[] {
            "q=%ZZ", "q=%", "q=%4", "q=%C3%28", "q=%FF%FE", "q=%E2%82", "q=%C0%AF", "q=%ED%A0%80", "q=é"
        }) {
            assertFalse(QueryStrings.isWellFormed(bad), bad);
        }
    }
}
