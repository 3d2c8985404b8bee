package org.msckg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TupleSortTest {
    private static final int[] POSG = {2, 3, 1, 0};

    private static long[] randomRows(int count, int values) {
        Random random = new Random(7);
        return random.longs((long) count * TupleSort.WIDTH, -values, values).toArray();
    }

    /** The rows sorted as arrays by a comparator: slow, plainly right. */
    private static long[] sortedByComparator(long[] rows, int[] columns) {
        Comparator<long[]> byColumns = (a, b) -> {
            for (int c : columns) {
                int d = Long.compare(a[c], b[c]);
                if (d != 0) return d;
            }
            return 0;
        };
        return IntStream.range(0, rows.length / TupleSort.WIDTH)
                .mapToObj(r -> Arrays.copyOfRange(rows, r * TupleSort.WIDTH, (r + 1) * TupleSort.WIDTH))
                .sorted(byColumns)
                .flatMapToLong(Arrays::stream)
                .toArray();
    }

    @Test
    void rowsAreOrderedByTheGivenColumnsWithTheirOtherColumnsKept() {
        long[] rows = randomRows(200_000, 20);
        long[] expected = sortedByComparator(rows, POSG);
        TupleSort.sort(rows, POSG);
        assertArrayEquals(expected, rows);
    }

    @Test
    void sortedReversedAndRepetitiveInputsLargerThanAParallelPartAreOrdered() {
        int count = 600_000;
        long[] ascending = new long[count * TupleSort.WIDTH];
        long[] descending = new long[count * TupleSort.WIDTH];
        long[] fewValues = randomRows(count, 2);
        for (int r = 0; r < count; r++) {
            for (int k = 0; k < TupleSort.WIDTH; k++) {
                ascending[r * TupleSort.WIDTH + k] = r / 3;
                descending[r * TupleSort.WIDTH + k] = count - r / 3;
            }
        }
        for (long[] rows : new long[][] {ascending, descending, fewValues}) {
            long[] expected = sortedByComparator(rows, POSG);
            TupleSort.sort(rows, POSG);
            assertArrayEquals(expected, rows);
        }
    }

    @Test
    void repeatedRowsAreDroppedOnceSorted() {
        long[] rows = {1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 5, 1, 2, 3, 5, 1, 2, 3, 5};
        assertArrayEquals(new long[] {1, 2, 3, 4, 1, 2, 3, 5}, TupleSort.distinct(rows));
    }

    @Test
    void rowsWithoutRepeatsAreKeptInPlace() {
        long[] rows = {1, 2, 3, 4, 1, 2, 3, 5};
        assertSame(rows, TupleSort.distinct(rows));
    }
}
