package org.grantsplatform.portal.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.grantsplatform.portal.programme.Programme;

/** One rubric criterion on the scoring form; {@code field} is the path grants-service names in its violations. */
public record ScoreRow(int index, String criterion, BigDecimal weight, int maxScore, String field, String value) {

    static String field(int index) {
        return "scores[" + index + "].score";
    }

    static List<ScoreRow> of(Programme programme, Map<String, String> values) {
        List<ScoreRow> rows = new ArrayList<>();
        List<Programme.Criterion> rubric = programme.rubric();
        for (int i = 0; i < rubric.size(); i++) {
            Programme.Criterion c = rubric.get(i);
            rows.add(new ScoreRow(i, c.criterion(), c.weight(), c.maxScore(), field(i), values.getOrDefault(field(i), "")));
        }
        return rows;
    }

    /** The id of the score's input: its field's name as {@code FieldErrors} links to it, {@code scores-0-score}. */
    public String id() {
        return "scores-" + index + "-score";
    }
}
