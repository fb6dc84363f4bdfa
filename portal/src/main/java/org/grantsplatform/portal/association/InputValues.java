package org.grantsplatform.portal.association;

import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a form shows in its inputs: the values as the user typed them (after a refusal) or as the service holds
 * them (when the form opens). Every name may carry several values (checkboxes); a missing one reads as "".
 */
public final class InputValues {

    private final Map<String, List<String>> values;

    private InputValues(Map<String, List<String>> values) {
        this.values = values;
    }

    public static InputValues empty() {
        return new InputValues(Map.of());
    }

    /** The values as posted. */
    public static InputValues typed(MultivaluedMap<String, String> form) {
        Map<String, List<String>> values = new HashMap<>();
        form.forEach((name, list) -> values.put(name, List.copyOf(list)));
        return new InputValues(values);
    }

    /**
     * The values a resource the service answered holds (a record of this package), for the form that edits it:
     * each component under its name, numbers in plain notation without trailing zeros, booleans as
     * {@code true}/{@code false}, a list as one value an element; {@code null} leaves the input empty.
     */
    public static InputValues held(Record resource) {
        Map<String, Object> fields = new HashMap<>();
        for (RecordComponent component : resource.getClass().getRecordComponents()) {
            try {
                fields.put(component.getName(), component.getAccessor().invoke(resource));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
        return held(fields);
    }

    /** As {@link #held(Record)}, from values by name. */
    public static InputValues held(Map<String, ?> fields) {
        Map<String, List<String>> values = new HashMap<>();
        fields.forEach((name, value) -> {
            if (value instanceof Collection<?> many) {
                values.put(name, many.stream().map(InputValues::text).toList());
            } else if (value != null) {
                values.put(name, List.of(text(value)));
            }
        });
        return new InputValues(values);
    }

    private static String text(Object value) {
        // 68.50 as the user typed it, 68.5; 1.2E+4 as 12000
        return value instanceof BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString()
                : String.valueOf(value);
    }

    /** The input's value, or ""; a list (the services of an SP report) as its entries separated by commas. */
    public String get(String name) {
        List<String> list = values.get(name);
        return list == null ? "" : String.join(", ", list);
    }

    /** Whether a select shows {@code value} as chosen. */
    public boolean is(String name, Object value) {
        List<String> list = values.get(name);
        String chosen = list == null || list.isEmpty() ? "" : list.get(0);
        return chosen.equals(String.valueOf(value));
    }

    /** Whether a checkbox of {@code value} is ticked. */
    public boolean has(String name, Object value) {
        List<String> list = values.get(name);
        return list != null && list.contains(String.valueOf(value));
    }
}
