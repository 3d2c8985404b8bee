package org.msckg.query.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.msckg.query.explain.Explanation.Mark;

/** The marks of a chain and of its hops, worded once for the API, the page and the CLI. */
final class Marks {
    private Marks() {}

    static List<Mark> chain(Explanation.ChainView c, String asked, String target) {
        List<Explanation.HopView> hops = c.hops();
        List<Mark> marks = new ArrayList<>();
        if (c.sameStudy()) {
            marks.add(new Mark("single-study", "single study " + String.join(" ", c.studies())));
        } else {
            marks.add(new Mark(
                    "cross-study",
                    c.studyChangesAt().isEmpty()
                            ? "cross-study: no study behind every hop"
                            : "cross-study: the studies change at hop "
                                    + c.studyChangesAt().stream()
                                            .map(String::valueOf)
                                            .collect(Collectors.joining(", "))));
        }
        Explanation.HopView first = hops.get(0);
        if (c.start().equals("superclass")) {
            marks.add(new Mark(
                    "superclass-start",
                    "inherited: starts with a finding stated for %s, a class above %s"
                            .formatted(name(first.subject(), first.subjectLabel()), asked)));
        } else if (c.start().equals("subclass")) {
            marks.add(new Mark(
                    "subclass-start",
                    "starts at %s, a kind of %s".formatted(name(first.subject(), first.subjectLabel()), asked)));
        }
        if (c.end().equals("subclass")) {
            Explanation.HopView last = hops.get(hops.size() - 1);
            marks.add(new Mark(
                    "subclass-end",
                    "ends at %s, a kind of %s".formatted(name(last.object(), last.objectLabel()), target)));
        }
        for (int i = c.start().equals("superclass") ? 1 : 0; i < hops.size(); i++) {
            if (hops.get(i).inherited()) {
                marks.add(new Mark("inherited-hop", "hop %d inherited: %s".formatted(i + 1, inherited(hops.get(i)))));
            }
        }
        marks.add(new Mark(
                "weakest-support",
                "weakest support: %d stud%s (hop %d)%s%s"
                        .formatted(
                                c.weakestStudies(),
                                c.weakestStudies() == 1 ? "y" : "ies",
                                c.weakestHop(),
                                c.organisms().isEmpty() ? "" : "; organisms: " + String.join(", ", c.organisms()),
                                c.studyTypes().isEmpty()
                                        ? ""
                                        : "; study types: " + String.join(", ", c.studyTypes()))));
        return marks;
    }

    static List<Mark> hop(
            String subject, String subjectLabel, String at, String atLabel, boolean inherited, boolean change) {
        List<Mark> marks = new ArrayList<>();
        if (inherited) {
            marks.add(new Mark(
                    "inherited",
                    "stated for %s, a class above %s".formatted(name(subject, subjectLabel), name(at, atLabel))));
        }
        if (change) {
            marks.add(new Mark("study-change", "other studies from here"));
        }
        return marks;
    }

    private static String inherited(Explanation.HopView h) {
        return "stated for %s, a class above %s"
                .formatted(name(h.subject(), h.subjectLabel()), name(h.at(), h.atLabel()));
    }

    private static String name(String curie, String label) {
        return label.isEmpty() ? curie : label + " (" + curie + ")";
    }
}
