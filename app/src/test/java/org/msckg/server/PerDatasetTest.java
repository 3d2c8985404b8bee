package org.msckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

class PerDatasetTest {
    private final List<String> made = new ArrayList<>();

    private PerDataset<String> perDataset(ServedDataset served) {
        return new PerDataset<>(
                served::get,
                d -> {
                    made.add("at the first request");
                    return "lazy";
                },
                d -> {
                    made.add("before the switch");
                    return "ahead";
                });
    }

    @Test
    void theDatasetServedFromTheStartIsBuiltAtItsFirstRequestAndOnlyOnce() {
        ServedDataset served = new ServedDataset(DatasetGraphFactory.create());
        PerDataset<String> value = perDataset(served);

        assertEquals("lazy", value.get());
        assertEquals("lazy", value.get());
        assertEquals(List.of("at the first request"), made);
    }

    @Test
    void aDatasetSwitchedToIsBuiltAheadBeforeTheSwitchAndNotAgainAtItsFirstRequest() {
        ServedDataset served = new ServedDataset(DatasetGraphFactory.create());
        PerDataset<String> value = perDataset(served);
        served.onSwitch(value::prepare);
        DatasetGraph next = DatasetGraphFactory.create();

        served.switchTo(next);

        assertEquals(List.of("before the switch"), made);
        assertEquals("ahead", value.get());
        assertEquals(List.of("before the switch"), made);
    }
}
