package org.msckg.query.compare;

import java.util.List;
import org.msckg.query.terms.Citation;
import org.msckg.query.terms.Ref;

/** Primary MSCs against hPSC-MSCs: the rows of Table 1 and the comparisons the text makes, with citations. */
public record Comparison(List<TableRow> table1, List<TextComparison> text) {

    public record TableRow(
            Ref claim,
            int row,
            String property,
            List<Ref> propertyTerms,
            String primaryValue,
            String hpscValue,
            Ref outcome,
            List<Citation> citations,
            String evidence,
            String curationNote) {}

    public record TextComparison(
            Ref claim,
            Ref subject,
            Ref object,
            String property,
            Ref comparator,
            Ref outcome,
            List<Citation> citations,
            List<String> evidence,
            String section,
            List<Ref> organisms) {}
}
