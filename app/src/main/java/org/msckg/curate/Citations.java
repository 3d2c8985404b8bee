package org.msckg.curate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parses citations as the review prints them: [64], [34,35], [4-7], [17,22,38-40], [review]. */
public final class Citations {
    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]*)]");
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*[-–]\\s*(\\d+)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern NUMBERED = Pattern.compile("\\[(\\d+(?:\\s*[-–,]\\s*\\d+)*)]");
    public static final int REVIEW = 0;

    private Citations() {}

    /** Reference numbers, 0 standing for the review itself; empty when the text does not parse. */
    public static Optional<List<Integer>> parse(String text) {
        var m = BRACKETED.matcher(text.trim());
        List<Integer> numbers = new ArrayList<>();
        int end = 0;
        while (m.find()) {
            if (!text.trim().substring(end, m.start()).isBlank()) {
                return Optional.empty();
            }
            end = m.end();
            String inner = m.group(1).trim();
            if (inner.equals("review")) {
                numbers.add(REVIEW);
                continue;
            }
            for (String part : inner.split(",")) {
                String p = part.trim();
                var range = RANGE.matcher(p);
                if (range.matches()) {
                    int from = Integer.parseInt(range.group(1));
                    int to = Integer.parseInt(range.group(2));
                    if (from > to) {
                        return Optional.empty();
                    }
                    for (int n = from; n <= to; n++) {
                        numbers.add(n);
                    }
                } else if (NUMBER.matcher(p).matches()) {
                    numbers.add(Integer.parseInt(p));
                } else {
                    return Optional.empty();
                }
            }
        }
        if (numbers.isEmpty() || !text.trim().substring(end).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(numbers));
    }

    /** True when a citation names a range ([4-7]): its works cannot be told apart by the text, so it is kept as printed. */
    public static boolean hasRange(String text) {
        return RANGE.matcher(text).find();
    }

    /** The highest reference number cited anywhere in a text (0 when it cites none): the length of its reference list. */
    public static int highestIn(String text) {
        int highest = 0;
        var m = NUMBERED.matcher(text);
        while (m.find()) {
            for (int n : parse("[" + m.group(1) + "]").orElse(List.of())) {
                highest = Math.max(highest, n);
            }
        }
        return highest;
    }
}
