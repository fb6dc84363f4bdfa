package org.grantsplatform.runtime.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Hostile requests generated from a service's OpenAPI document: for every operation that takes a
 * body or parameters, broken bodies, hostile values in each body field, path and query parameter,
 * and wrong content types. Path parameters the caller knows are filled with real ids, so the
 * hostile part reaches the code behind them.
 */
public final class HostileCorpus {

    public static final String UNKNOWN_UUID = "5f0c9b43-0000-4000-8000-00000000dead";

    /** One request; {@code path} is already URL-encoded. */
    public record HostileRequest(String method, String template, String path, String contentType, byte[] body,
            String label) {
    }

    /** A request whose body holds U+0001 in one text field, and the JSON path a refusal must name. */
    public record TextProbe(HostileRequest request, String field) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CONTROL_TEXT = "a\u0001b";

    private static final List<String> FIELD_VALUES = List.of(
            "\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"\\udfff x\"", "\"\\u202eevil\\u202c\"", "\"\\u200b\"",
            "\"\\ud83d\\ude00 \\uD834\\uDD1E\"", "\"\u0645\u0631\u062d\u0628\u0627\"",
            "\"' OR '1'='1'; DROP TABLE x; --\"", "\"<script>alert(1)</script>\"", "\"${jndi:ldap://x/a}\"",
            "\"" + "A".repeat(20_000) + "\"", "\"\"", "\"NOT_A_VALUE\"", "\"2024-13-45\"",
            "1e400", "-1e400", "1234567890123456789012345678901234567890", "-5", "0.001", "-0.01", "2147483648",
            "-9223372036854775809", "true", "{}", "[]", "null", "[[[[1]]]]", "{\"$gt\":\"\"}");

    private static final List<String> ALWAYS = List.of("\"a\\u0000b\"", "1e400", "{}", "\"NOT_A_VALUE\"");

    private static final List<String> PARAM_VALUES = List.of(
            "not-a-uuid", UNKNOWN_UUID, "00000000-0000-0000-0000-000000000000", "-1", "1e400",
            "1234567890123456789012345678901234567890", "%27%20OR%20%271%27%3D%271", "%3Cscript%3E",
            "%00", "%E2%80%AE", "%F0%9F%98%80", "NOT_A_VALUE", "0.5");

    private HostileCorpus() {
    }

    /**
     * @param openApi the document of {@code GET /q/openapi?format=json}
     * @param known real values for path parameters, by name
     */
    public static List<HostileRequest> generate(String openApi, Map<String, String> known) {
        return generate(openApi, template -> known);
    }

    /**
     * @param openApi the document of {@code GET /q/openapi?format=json}
     * @param known real values for the path parameters of a path template, by name
     */
    public static List<HostileRequest> generate(String openApi, Function<String, Map<String, String>> known) {
        JsonNode doc = read(openApi);
        List<HostileRequest> corpus = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                operation(doc, op.getKey().toUpperCase(), path.getKey(), op.getValue(), known.apply(path.getKey()),
                        corpus);
            }
        }
        return corpus;
    }

    /**
     * Hostile parameters only, for an API of queries: every parameter of every operation gets each hostile
     * parameter value and, URL-encoded, each hostile field value, alone and with the operation's other
     * parameters at valid values, and is sent twice with two valid values.
     *
     * @param openApi the document of {@code GET /q/openapi?format=json}
     * @param known real values for path parameters, by name
     */
    public static List<HostileRequest> parameters(String openApi, Map<String, String> known) {
        JsonNode doc = read(openApi);
        List<String> values = new ArrayList<>(PARAM_VALUES);
        // a URL longer than the server's request line limit is refused by the HTTP layer before any code runs
        FIELD_VALUES.stream().filter(v -> v.length() < 1000)
                .forEach(v -> values.add(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        List<HostileRequest> corpus = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            String template = path.getKey();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                Map<String, String> valid = new LinkedHashMap<>();
                Map<String, Boolean> inPath = new LinkedHashMap<>();
                for (JsonNode p : op.getValue().path("parameters")) {
                    String where = p.path("in").asText();
                    if ("path".equals(where) || "query".equals(where)) {
                        String name = p.path("name").asText();
                        Object sample = sample(doc, p.path("schema"), 0);
                        valid.put(name, sample instanceof JsonNode n ? n.asText() : String.valueOf(sample));
                        inPath.put(name, "path".equals(where));
                    }
                }
                for (String name : valid.keySet()) {
                    for (String v : values) {
                        corpus.add(get(method, template, url(template, known, valid, inPath, name, v, false),
                                name + "=" + abbreviate(v)));
                        if (valid.size() > 1) {
                            corpus.add(get(method, template, url(template, known, valid, inPath, name, v, true),
                                    name + "=" + abbreviate(v) + " with the others valid"));
                        }
                    }
                    if (!inPath.get(name)) {
                        String twice = url(template, known, valid, inPath, name, valid.get(name), false) + "&" + name
                                + "=" + URLEncoder.encode(valid.get(name), StandardCharsets.UTF_8);
                        corpus.add(get(method, template, twice, name + " twice"));
                    }
                }
            }
        }
        return corpus;
    }

    /**
     * For every operation with a JSON body and every text in its sample body, nested ones included, the sample with
     * that text replaced by one holding U+0001, a character no XML 1.0 export can carry.
     *
     * @param openApi the document of {@code GET /q/openapi?format=json}
     * @param known real values for the path parameters of a path template, by name
     */
    public static List<TextProbe> forbiddenText(String openApi, Function<String, Map<String, String>> known) {
        JsonNode doc = read(openApi);
        List<TextProbe> probes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            String template = path.getKey();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                JsonNode schema = op.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema");
                if (schema.isMissingNode()) {
                    continue;
                }
                String method = op.getKey().toUpperCase();
                String url = fill(template, known.apply(template), null, null);
                JsonNode body = JSON.valueToTree(sample(doc, schema, 0));
                eachText(body, "", field -> probes.add(new TextProbe(new HostileRequest(method, template, url,
                        "application/json", write(body).getBytes(StandardCharsets.UTF_8), field + "=U+0001"), field)));
            }
        }
        return probes;
    }

    /** Sets each text under {@code node} to one holding U+0001 in turn, calls {@code probe} with its path, puts it back. */
    private static void eachText(JsonNode node, String path, Consumer<String> probe) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(iterable(object.fieldNames()))) {
                String at = path.isEmpty() ? name : path + "." + name;
                JsonNode child = object.get(name);
                if (child.isTextual()) {
                    object.put(name, CONTROL_TEXT);
                    probe.accept(at);
                    object.set(name, child);
                } else {
                    eachText(child, at, probe);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String at = path + "[" + i + "]";
                JsonNode child = array.get(i);
                if (child.isTextual()) {
                    array.set(i, CONTROL_TEXT);
                    probe.accept(at);
                    array.set(i, child);
                } else {
                    eachText(child, at, probe);
                }
            }
        }
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    private static HostileRequest get(String method, String template, String url, String label) {
        return new HostileRequest(method, template, url, null, null, label);
    }

    private static String url(String template, Map<String, String> known, Map<String, String> valid,
            Map<String, Boolean> inPath, String hostileName, String hostile, boolean othersValid) {
        String url = inPath.get(hostileName) ? fill(template, known, hostileName, hostile) : fill(template, known, null, null);
        List<String> query = new ArrayList<>();
        for (Map.Entry<String, String> p : valid.entrySet()) {
            if (inPath.get(p.getKey())) {
                continue;
            }
            if (p.getKey().equals(hostileName)) {
                query.add(p.getKey() + "=" + hostile);
            } else if (othersValid) {
                query.add(p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
            }
        }
        return query.isEmpty() ? url : url + "?" + String.join("&", query);
    }

    private static void operation(JsonNode doc, String method, String template, JsonNode op, Map<String, String> known,
            List<HostileRequest> corpus) {
        List<JsonNode> params = new ArrayList<>();
        op.path("parameters").forEach(params::add);
        JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
        if (params.isEmpty() && schema.isMissingNode()) {
            return;
        }
        String valid = fill(template, known, null, null);
        String sample = schema.isMissingNode() ? null : write(sample(doc, schema, 0));
        Function<String, byte[]> utf8 = s -> s == null ? null : s.getBytes(StandardCharsets.UTF_8);
        String json = "application/json";
        for (JsonNode p : params) {
            String name = p.path("name").asText();
            boolean inPath = "path".equals(p.path("in").asText());
            if (!inPath && !"query".equals(p.path("in").asText())) {
                continue;
            }
            for (String v : PARAM_VALUES) {
                String url = inPath ? fill(template, known, name, v) : valid + "?" + name + "=" + v;
                corpus.add(new HostileRequest(method, template, url, sample == null ? null : json, utf8.apply(sample),
                        name + "=" + v));
            }
        }
        if (sample == null) {
            return;
        }
        List<String> bodies = new ArrayList<>(List.of("", "{", "}", "{\"a\":", "[]", "null", "\"text\"", "123",
                "{\"a\":1,}", "{'a':1}", "{\"a\":NaN}", sample.substring(0, sample.length() / 2), sample + "}",
                sample + " trailing", "[".repeat(5000) + "]".repeat(5000),
                "{\"a\":".repeat(5000) + "1" + "}".repeat(5000)));
        for (String b : bodies) {
            corpus.add(new HostileRequest(method, template, valid, json, utf8.apply(b), "body " + abbreviate(b)));
        }
        corpus.add(new HostileRequest(method, template, valid, json, new byte[] { '{', '"', 'x', '"', ':', '"', (byte) 0xC3,
                (byte) 0x28, '"', '}' }, "invalid UTF-8"));
        corpus.add(new HostileRequest(method, template, valid, "text/plain", utf8.apply(sample), "text/plain"));
        corpus.add(new HostileRequest(method, template, valid, "application/xml", utf8.apply("<a><b>1</b></a>"), "xml"));
        corpus.add(new HostileRequest(method, template, valid, "application/octet-stream", utf8.apply(sample), "octet-stream"));
        JsonNode resolved = resolve(doc, schema);
        int index = 0;
        for (Iterator<String> fields = resolved.path("properties").fieldNames(); fields.hasNext(); index++) {
            String field = fields.next();
            for (int i = 0; i < FIELD_VALUES.size(); i++) {
                // each value goes into a third of the fields (every field gets a third of the values) to
                // keep the corpus fast; the type-breaking values go into every field
                String v = FIELD_VALUES.get(i);
                if ((i + index) % 4 != 0 && !ALWAYS.contains(v)) {
                    continue;
                }
                ObjectNode body = (ObjectNode) read(sample);
                body.remove(field);
                String rest = write(body);
                String hostile = "{\"" + field + "\":" + v + (rest.length() > 2 ? "," + rest.substring(1) : "}");
                corpus.add(new HostileRequest(method, template, valid, json, utf8.apply(hostile), field + "=" + abbreviate(v)));
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…(" + s.length() + ")" : s;
    }

    private static String fill(String template, Map<String, String> known, String hostileName, String hostile) {
        String url = template;
        for (Map.Entry<String, String> k : known.entrySet()) {
            url = url.replace("{" + k.getKey() + "}", k.getKey().equals(hostileName) ? hostile : k.getValue());
        }
        if (hostileName != null) {
            url = url.replace("{" + hostileName + "}", hostile);
        }
        return url.replaceAll("\\{[^}]+}", UNKNOWN_UUID);
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            s = doc.at(s.get("$ref").asText().substring(1));
        }
        if (s.has("allOf") && s.get("allOf").size() == 1) {
            return resolve(doc, s.get("allOf").get(0));
        }
        return s;
    }

    /** A value the schema accepts: its example, first enum constant or the smallest allowed value. */
    private static Object sample(JsonNode doc, JsonNode schema, int depth) {
        JsonNode s = resolve(doc, schema);
        if (s.has("example")) {
            return s.get("example");
        }
        if (s.has("enum")) {
            return s.get("enum").get(0);
        }
        String type = s.path("type").asText("object");
        return switch (type) {
            case "string" -> switch (s.path("format").asText()) {
                case "uuid" -> UNKNOWN_UUID;
                case "date" -> "2024-01-01";
                case "date-time" -> "2024-01-01T00:00:00Z";
                case "email" -> "a@example.org";
                case "uri", "url" -> "https://example.org";
                default -> "x".repeat(Math.max(1, s.path("minLength").asInt(3)));
            };
            case "integer" -> s.has("minimum") ? s.get("minimum").asLong() : 1;
            case "number" -> s.has("minimum") ? s.get("minimum").decimalValue().max(java.math.BigDecimal.ONE) : 1;
            case "boolean" -> true;
            case "array" -> depth > 3 ? List.of() : List.of(sample(doc, s.path("items"), depth + 1));
            default -> {
                ObjectNode o = JSON.createObjectNode();
                if (depth <= 3) {
                    for (Iterator<Map.Entry<String, JsonNode>> f = s.path("properties").fields(); f.hasNext();) {
                        Map.Entry<String, JsonNode> e = f.next();
                        o.set(e.getKey(), JSON.valueToTree(sample(doc, e.getValue(), depth + 1)));
                    }
                }
                yield o;
            }
        };
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
