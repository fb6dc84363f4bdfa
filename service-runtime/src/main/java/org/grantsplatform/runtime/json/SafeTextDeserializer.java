package org.grantsplatform.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import org.grantsplatform.runtime.text.SafeText;

/**
 * Reads every string of a request body as Jackson does and refuses one holding a character {@link SafeText} forbids.
 * The refusal is a mapping error, so Jackson adds the field's path as it unwinds and the problem names the field
 * ({@code budgetLines[0].description}) like any other invalid value.
 */
final class SafeTextDeserializer extends StdScalarDeserializer<String> {

    SafeTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String text = StringDeserializer.instance.deserialize(p, ctxt);
        if (SafeText.forbiddenAt(text) >= 0) {
            throw JsonMappingException.from(p, SafeText.refusal(text));
        }
        return text;
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Textual;
    }

    @Override
    public boolean isCachable() {
        return true;
    }

    @Override
    public Object getEmptyValue(DeserializationContext ctxt) {
        return "";
    }
}
