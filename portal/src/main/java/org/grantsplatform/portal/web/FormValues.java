package org.grantsplatform.portal.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Reading a posted form into a service's JSON body without deciding anything the service decides: a
 * number typed as a number goes out as a JSON number, anything else goes out as typed so that the service
 * names the field it cannot read, and a blank is absent.
 */
public final class FormValues {

    private FormValues() {
    }

    /** An amount as a JSON number ({@link BigDecimal}, never a double); text that is no number, as typed. */
    public static Object decimalOrText(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            return value.trim();
        }
    }

    /** A whole number as a JSON number; anything else as typed. */
    public static Object integerOrText(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return value.trim();
        }
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** An id chosen in a filter; a blank or malformed one is no choice, so the filter shows everything. */
    public static UUID idOrNull(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The first value of each field, for putting back into a refused form as typed. */
    public static Map<String, String> firstValues(MultivaluedMap<String, String> form) {
        Map<String, String> values = new HashMap<>();
        form.forEach((k, v) -> values.put(k, v == null || v.isEmpty() ? "" : v.get(0)));
        return values;
    }
}
