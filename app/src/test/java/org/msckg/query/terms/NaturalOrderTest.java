package org.msckg.query.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {
    @Test
    void digitRunsCompareAsNumbers() {
        List<String> sorted = Stream.of(
                        "ref:64", "claim:APB-27", "ref:9", "claim:APB-9", "ref:100", "claim:APB-10a", "ref:10")
                .sorted(NaturalOrder.TEXT)
                .toList();
        assertEquals(
                List.of("claim:APB-9", "claim:APB-10a", "claim:APB-27", "ref:9", "ref:10", "ref:64", "ref:100"),
                sorted);
    }

    @Test
    void leadingZerosDoNotChangeTheNumberAndTextDecidesTies() {
        assertEquals(0, NaturalOrder.TEXT.compare("T07", "T7"));
        assertTrue(NaturalOrder.TEXT.compare("T7", "T7b") < 0);
        assertTrue(NaturalOrder.TEXT.compare("a5", "a:") < 0, "a digit sorts before ':' as in plain text");
        assertTrue(NaturalOrder.TEXT.compare("x12345678901", "x9") > 0, "runs longer than a long still compare");
    }
}
