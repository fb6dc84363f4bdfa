package org.grantsplatform.portal.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repeated group of inputs in a form (budget lines, planned outcomes, reported indicators), named as the
 * service names the list's fields: {@code budgetLines[1].amount}. Its rows are {@link FormRow}s; the tag
 * {@code {#line row=row errors=errors /}} renders one.
 *
 * @param name the list's field name, e.g. {@code budgetLines}
 * @param caption a row's name in words, e.g. "Budget line" (legends read "Budget line 2"), in the user's language:
 *            a list declared once without words gets them for a page with {@link #labelled}
 */
public record FormList(String name, String caption, List<Column> columns) {

    /**
     * One input of a row.
     *
     * @param maxLength the service's size limit, 0 for none
     * @param decimal an amount: a decimal keypad, and typed text kept as typed (no number input that drops it)
     * @param marker a data- attribute that scripts find the input by (e.g. {@code data-budget-amount}), or null
     */
    public record Column(String name, String label, int maxLength, boolean decimal, String marker) {

        public static Column text(String name, String label, int maxLength) {
            return new Column(name, label, maxLength, false, null);
        }

        public static Column amount(String name, String label, String marker) {
            return new Column(name, label, 0, true, marker);
        }
    }

    /** The same list with a caption and the columns' labels (in their order) in the user's language. */
    public FormList labelled(String caption, List<String> labels) {
        List<Column> labelled = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            labelled.add(new Column(c.name(), labels.get(i), c.maxLength(), c.decimal(), c.marker()));
        }
        return new FormList(name, caption, labelled);
    }

    /** Rows of this list (as typed) under this list's words: those of {@link #labelled}. */
    public List<FormRow> show(List<FormRow> rows) {
        return rows.stream().map(r -> new FormRow(this, r.index(), r.cells())).toList();
    }

    public FormRow empty(int index) {
        Map<String, String> cells = new LinkedHashMap<>();
        columns.forEach(c -> cells.put(c.name(), ""));
        return new FormRow(this, index, cells);
    }

    /** A row of these values, in the order of the columns. */
    public FormRow row(int index, List<String> values) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            cells.put(columns.get(i).name(), values.get(i) == null ? "" : values.get(i));
        }
        return new FormRow(this, index, cells);
    }

    /** Every row the form posted, blank ones too, numbered again from 0 in their order. */
    public List<FormRow> posted(MultivaluedMap<String, String> form) {
        List<FormRow> rows = new ArrayList<>();
        for (int posted : postedIndexes(form)) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (Column column : columns) {
                String value = form.getFirst(name + "[" + posted + "]." + column.name());
                cells.put(column.name(), value == null ? "" : value);
            }
            rows.add(new FormRow(this, rows.size(), cells));
        }
        return rows;
    }

    /** The next free index after the rows the form posted: the row htmx adds. */
    public int nextIndex(MultivaluedMap<String, String> form) {
        TreeSet<Integer> indexes = postedIndexes(form);
        return indexes.isEmpty() ? 0 : indexes.last() + 1;
    }

    /** The rows followed by empty ones, up to {@code minimum} rows in all. */
    public List<FormRow> padded(List<FormRow> rows, int minimum) {
        List<FormRow> padded = new ArrayList<>(rows);
        while (padded.size() < minimum) {
            padded.add(empty(padded.size()));
        }
        return padded;
    }

    /** The rows and one empty row more. */
    public List<FormRow> longer(List<FormRow> rows) {
        return padded(rows, rows.size() + 1);
    }

    private TreeSet<Integer> postedIndexes(MultivaluedMap<String, String> form) {
        Pattern row = Pattern.compile(Pattern.quote(name) + "\\[(\\d{1,3})]\\.\\w+");
        TreeSet<Integer> indexes = new TreeSet<>();
        for (String field : form.keySet()) {
            Matcher m = row.matcher(field);
            if (m.matches()) {
                indexes.add(Integer.valueOf(m.group(1)));
            }
        }
        return indexes;
    }
}
