package org.grantsplatform.portal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One row of a {@link FormList} as typed: its inputs are named as the service names the fields
 * ({@code budgetLines[1].amount}), so a violation lands beside its input.
 *
 * @param index the row's position, 0-based, as sent to the service
 * @param cells the typed value of each column
 */
public record FormRow(FormList list, int index, Map<String, String> cells) {

    /** The field name the service uses, e.g. {@code budgetLines[1].amount}. */
    public String name(String column) {
        return list.name() + "[" + index + "]." + column;
    }

    /** An element id for the column's input, e.g. {@code budgetLines-1-amount}. */
    public String id(String column) {
        return list.name() + "-" + index + "-" + column;
    }

    public String value(String column) {
        String value = cells.get(column);
        return value == null ? "" : value;
    }

    /** 1-based, for legends and labels: "Budget line 2". */
    public int number() {
        return index + 1;
    }

    public boolean blank() {
        return cells.values().stream().allMatch(v -> v == null || v.isBlank());
    }

    /** The rows that hold something, numbered again from 0: what is sent, so the service's indexes are the rows shown. */
    public static List<FormRow> filled(List<FormRow> rows) {
        List<FormRow> filled = new ArrayList<>();
        for (FormRow row : rows) {
            if (!row.blank()) {
                filled.add(new FormRow(row.list(), filled.size(), row.cells()));
            }
        }
        return filled;
    }

    /**
     * The rows that hold something as the service's JSON list: an amount as a JSON number (or as typed when it is
     * no number), a blank cell absent.
     */
    public static List<Map<String, Object>> json(List<FormRow> rows) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (FormRow row : filled(rows)) {
            Map<String, Object> item = new LinkedHashMap<>();
            for (FormList.Column column : row.list().columns()) {
                String value = row.value(column.name());
                item.put(column.name(), column.decimal() ? FormValues.decimalOrText(value) : FormValues.blankToNull(value));
            }
            list.add(item);
        }
        return list;
    }

    /** The label of a column's input as a screen reader reads it (tags/line): "Amount of budget line 2". */
    public String label(FormList.Column column, WebTexts texts) {
        return column.label() + " " + texts.row_of(list.caption().toLowerCase(Locale.ROOT), number());
    }

    /** The labels of these rows' inputs by field name, for {@link FieldErrors#labelled}. */
    public static Map<String, String> labels(List<FormRow> rows, WebTexts texts) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (FormRow row : rows) {
            row.list().columns().forEach(c -> labels.put(row.name(c.name()), row.label(c, texts)));
        }
        return labels;
    }

    /** The field names of these rows' inputs, for {@link FieldErrors#of}. */
    public static List<String> fieldNames(List<FormRow> rows) {
        List<String> names = new ArrayList<>();
        for (FormRow row : rows) {
            row.cells().keySet().forEach(c -> names.add(row.name(c)));
        }
        return names;
    }
}
