package org.msckg.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CitationsTest {
    @Test
    void citationsParseAsTheReviewPrintsThem() {
        assertEquals(Optional.of(List.of(64)), Citations.parse("[64]"));
        assertEquals(Optional.of(List.of(34, 35)), Citations.parse("[34,35]"));
        assertEquals(Optional.of(List.of(4, 5, 6, 7)), Citations.parse("[4-7]"));
        assertEquals(Optional.of(List.of(17, 22, 38, 39, 40)), Citations.parse("[17,22,38-40]"));
        assertEquals(Optional.of(List.of(0)), Citations.parse("[review]"));
        assertEquals(Optional.of(List.of(1, 2)), Citations.parse("[1] [2]"));
    }

    @Test
    void malformedCitationsDoNotParse() {
        for (String bad : new String[] {"64", "[64", "[x]", "[7-4]", "[]", "see [64]"}) {
            assertTrue(Citations.parse(bad).isEmpty(), bad);
        }
    }

    @Test
    void theLastReferenceOfATextIsTheHighestNumberItCites() {
        assertEquals(40, Citations.highestIn("as shown[4-7], and later[17,22,38-40]; see Table 2 [a] and 2021[12]."));
        assertEquals(0, Citations.highestIn("no citations here, only [review] and [x]"));
    }
}
