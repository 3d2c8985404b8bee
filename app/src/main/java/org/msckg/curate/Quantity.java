package org.msckg.curate;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A quantity cell of a curated table (directive {@code Q}): a value, a range or a bound, then a unit
 * CURIE. {@code 10 UO:0000033} is ten days, {@code 70-80 UO:0000187} seventy to eighty percent,
 * {@code >1000 UO:0000189} more than a thousand, {@code >=2 UO:0000189} at least two.
 */
public record Quantity(
        Optional<BigDecimal> exact,
        Optional<BigDecimal> min,
        Optional<BigDecimal> max,
        Optional<BigDecimal> greaterThan,
        String unit) {

    private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
    private static final Pattern CELL = Pattern.compile(
            "(?:" + NUMBER + "|" + NUMBER + "-" + NUMBER + "|>" + NUMBER + "|>=" + NUMBER + ")\\s+(\\S+)");

    /** The quantity a cell holds, or empty when the cell is not written as above. */
    public static Optional<Quantity> parse(String cell) {
        var m = CELL.matcher(cell.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Quantity(
                number(m.group(1)),
                number(m.group(2)).or(() -> number(m.group(5))),
                number(m.group(3)),
                number(m.group(4)),
                m.group(6)));
    }

    private static Optional<BigDecimal> number(String text) {
        return Optional.ofNullable(text).map(BigDecimal::new);
    }
}
