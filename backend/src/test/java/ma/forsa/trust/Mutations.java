package ma.forsa.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Malformed variants of a valid request, derived from the operation's schema in the contract. Every
 * variant of a write is invalid by construction (so the API must refuse it and change nothing); a
 * variant of a read may be harmless (an SQL payload in a search is just text).
 */
final class Mutations {

    record Variant(String what, Call call) {}

    static final List<String> PAYLOADS = List.of(
            "' OR '1'='1",
            "1; DROP TABLE learner; --",
            "\" OR \"\"=\"",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "${jndi:ldap://127.0.0.1/x}",
            "../../etc/passwd",
            "%00",
            "\u0000",
            "' UNION SELECT guardian_phone FROM learner --",
            "{{7*7}}",
            "\uD83D\uDE00\u202E\u200F",
            "ﷺ\u0640\u0640\u064B",
            "NaN",
            "-0",
            "1e309");
    private static final List<String> BAD_DATES = List.of(
            "2025-02-30",
            "2025-13-01",
            "2025-00-10",
            "31/12/2025",
            "tomorrow",
            "2025-1-1",
            "99999-01-01",
            "0000-00-00",
            "2025-12-31T25:00");
    private static final List<String> BAD_IDS = List.of(
            "abc",
            "1.5",
            "-1",
            "0",
            "99999999999999999999",
            "1e3",
            "0x10",
            "' OR 1=1 --",
            "<script>",
            " ",
            "9223372036854775807",
            "%00",
            "1;DROP TABLE learner");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Operations.Operation operation;
    private final Call base;
    private final Random random;
    private final boolean write;
    private final List<Variant> out = new ArrayList<>();

    private Mutations(Operations.Operation operation, Call base, Random random) {
        this.operation = operation;
        this.base = base;
        this.random = random;
        this.write = !"GET".equals(operation.method());
    }

    /** At least {@code minimum} variants: first every rule once, then random picks among them. */
    static List<Variant> of(Operations.Operation operation, Call base, Random random, int minimum) {
        Mutations m = new Mutations(operation, base, random);
        m.pathParameters();
        m.queryParameters();
        m.body();
        List<Variant> all = new ArrayList<>(m.out);
        if (all.isEmpty()) {
            return all;
        }
        List<Variant> systematic = List.copyOf(m.out);
        while (all.size() < minimum) {
            m.out.clear();
            int rule = random.nextInt(3);
            if (rule == 0) {
                m.pathParameters();
            } else if (rule == 1) {
                m.queryParameters();
            } else {
                m.body();
            }
            if (m.out.isEmpty()) {
                all.add(systematic.get(random.nextInt(systematic.size())));
            } else {
                all.add(m.out.get(random.nextInt(m.out.size())));
            }
        }
        return all;
    }

    // ------------------------------------------------------------------ parameters

    private void pathParameters() {
        String[] template = operation.path().split("/");
        for (JsonNode parameter : operation.node().path("parameters")) {
            if (!"path".equals(parameter.path("in").asText())) {
                continue;
            }
            String name = "{" + parameter.path("name").asText() + "}";
            for (int i = 0; i < template.length; i++) {
                if (template[i].equals(name)) {
                    for (String value : pick(BAD_IDS, 4)) {
                        add("path " + name + "=" + value, base.withPath(replaceSegment(base.path(), i, value)));
                    }
                    add(
                            "path " + name + " unknown",
                            base.withPath(replaceSegment(base.path(), i, unknownValue(parameter))));
                }
            }
        }
    }

    private String unknownValue(JsonNode parameter) {
        JsonNode schema = resolve(parameter.path("schema"));
        if ("integer".equals(schema.path("type").asText())) {
            return Long.toString(900_000_000_000L + random.nextInt(1_000_000));
        }
        return "ZZ" + random.nextInt(1000);
    }

    private static String replaceSegment(String path, int index, String value) {
        String[] parts = path.split("/");
        parts[index] = value;
        return String.join("/", parts);
    }

    private void queryParameters() {
        for (JsonNode parameter : operation.node().path("parameters")) {
            if (!"query".equals(parameter.path("in").asText())) {
                continue;
            }
            String name = parameter.path("name").asText();
            JsonNode schema = resolve(parameter.path("schema"));
            String type = schema.path("type").asText();
            if (schema.has("enum")) {
                add("query " + name + " unknown enum", base.withQueryValue(name, "NOT_A_" + name.toUpperCase()));
                add(
                        "query " + name + " payload",
                        base.withQueryValue(name, pick(PAYLOADS, 1).get(0)));
            } else if ("integer".equals(type)) {
                for (String value : pick(
                        List.of("abc", "1.5", "99999999999999999999", "2147483648", "-2147483649", "1e3", "' OR 1=1"),
                        2)) {
                    add("query " + name + "=" + value, base.withQueryValue(name, value));
                }
                if (schema.has("minimum")) {
                    add(
                            "query " + name + " below minimum",
                            base.withQueryValue(name, schema.get("minimum").asLong() - 1));
                }
                if (schema.has("maximum")) {
                    add(
                            "query " + name + " above maximum",
                            base.withQueryValue(name, schema.get("maximum").asLong() + 1));
                }
            } else if ("boolean".equals(type)) {
                add("query " + name + "=maybe", base.withQueryValue(name, "maybe"));
            } else if ("date".equals(schema.path("format").asText())
                    || "date-time".equals(schema.path("format").asText())) {
                add(
                        "query " + name + " impossible date",
                        base.withQueryValue(name, pick(BAD_DATES, 1).get(0)));
            } else {
                if (schema.has("maxLength")) {
                    add(
                            "query " + name + " over maxLength",
                            base.withQueryValue(
                                    name, longText(schema.get("maxLength").asInt() + 1)));
                }
                if (schema.has("pattern")) {
                    add(
                            "query " + name + " against pattern",
                            base.withQueryValue(
                                    name, notMatching(schema.get("pattern").asText())));
                }
                if (!write) {
                    add(
                            "query " + name + " payload",
                            base.withQueryValue(name, pick(PAYLOADS, 1).get(0)));
                    add("query " + name + " invalid UTF-8", rawQuery(name, "%C3%28%FF%FE"));
                }
            }
        }
    }

    private Call rawQuery(String name, String encoded) {
        StringBuilder path = new StringBuilder(base.path()).append('?');
        base.query().forEach((k, v) -> {
            if (!k.equals(name)) {
                path.append(k)
                        .append('=')
                        .append(java.net.URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8))
                        .append('&');
            }
        });
        path.append(name).append('=').append(encoded);
        return new Call(base.method(), path.toString(), Map.of(), base.contentType(), base.body(), true);
    }

    // ------------------------------------------------------------------ bodies

    private void body() {
        JsonNode content = operation.node().path("requestBody").path("content");
        if (content.isMissingNode() || base.body() == null) {
            return;
        }
        if (content.has("application/json")) {
            jsonBody(resolve(content.get("application/json").path("schema")));
        } else {
            binaryBody();
        }
        add("wrong content type text/plain", base.withBody("text/plain", "hello"));
        add(
                "wrong content type application/xml",
                base.withBody("application/xml", "<a>1</a>".getBytes(StandardCharsets.UTF_8)));
        add("wrong content type form", base.withBody("application/x-www-form-urlencoded", "a=1"));
    }

    private void binaryBody() {
        add("fileName over 200", base.withQueryValue("fileName", longText(201)));
        add("empty file", base.withBody(base.contentType(), new byte[0]));
        byte[] garbage = new byte[2000 + random.nextInt(2000)];
        random.nextBytes(garbage);
        garbage[0] = 0;
        add("random bytes", base.withBody(base.contentType(), garbage));
        add(
                "JSON as " + base.contentType(),
                base.withBody("application/json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
    }

    private void jsonBody(JsonNode schema) {
        ObjectNode valid = JSON.valueToTree(base.body());
        // the whole body
        add("empty body", json(""));
        add("body null", json("null"));
        add("body is an array", json("[]"));
        add(
                "truncated JSON",
                json(valid.toString().substring(0, valid.toString().length() / 2)));
        add("trailing garbage", json(valid + "}}"));
        add("JSON with comments", json("/* x */" + valid));
        if (schema.path("required").size() > 0) {
            add("empty object", json("{}"));
        }
        add("unknown field", json(with(valid, "isAdmin", NODES.booleanNode(true))));
        add("deeply nested arrays", json("[".repeat(5000) + "]".repeat(5000)));
        add("deeply nested objects", json(nestedObject(valid, 3000)));
        add("over 1 MB", json(with(valid, firstTextField(schema, valid), NODES.textNode(longText(1_100_000)))));
        add("invalid UTF-8", base.withBody("application/json", invalidUtf8(valid)));
        byte[] noise = new byte[64 + random.nextInt(512)];
        random.nextBytes(noise);
        add("random bytes", base.withBody("application/json", noise));
        // field by field
        Iterator<Map.Entry<String, JsonNode>> properties =
                schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            field(valid, schema, property.getKey(), resolve(property.getValue()));
        }
    }

    private void field(ObjectNode valid, JsonNode schema, String name, JsonNode fieldSchema) {
        for (JsonNode required : schema.path("required")) {
            if (required.asText().equals(name)) {
                ObjectNode without = valid.deepCopy();
                without.remove(name);
                add(name + " missing", json(without));
                add(name + " null", json(with(valid, name, NODES.nullNode())));
            }
        }
        String type = fieldSchema.path("type").asText();
        if (fieldSchema.has("enum")) {
            add(name + " unknown enum", json(with(valid, name, NODES.textNode("NOT_A_VALUE"))));
            add(
                    name + " payload",
                    json(with(valid, name, NODES.textNode(pick(PAYLOADS, 1).get(0)))));
            add(name + " number", json(with(valid, name, NODES.numberNode(7))));
        } else if ("date".equals(fieldSchema.path("format").asText())) {
            add(
                    name + " impossible date",
                    json(with(valid, name, NODES.textNode(pick(BAD_DATES, 1).get(0)))));
            add(name + " object", json(with(valid, name, NODES.objectNode())));
        } else if ("integer".equals(type) || "number".equals(type)) {
            add(
                    name + " text",
                    json(with(
                            valid,
                            name,
                            NODES.textNode(pick(List.of("12", "abc", "", "' OR 1=1"), 1)
                                    .get(0)))));
            add(name + " boolean", json(with(valid, name, NODES.booleanNode(true))));
            add(
                    name + " huge",
                    json(with(valid, name, NODES.numberNode(new java.math.BigInteger("1" + "0".repeat(400))))));
            if ("integer".equals(type)) {
                add(name + " fraction", json(with(valid, name, NODES.numberNode(1.5))));
            }
            if (fieldSchema.has("minimum")) {
                add(
                        name + " below minimum",
                        json(with(
                                valid,
                                name,
                                NODES.numberNode(fieldSchema
                                        .get("minimum")
                                        .decimalValue()
                                        .subtract(java.math.BigDecimal.ONE)))));
            }
            if (fieldSchema.has("maximum")) {
                add(
                        name + " above maximum",
                        json(with(
                                valid,
                                name,
                                NODES.numberNode(fieldSchema
                                        .get("maximum")
                                        .decimalValue()
                                        .add(java.math.BigDecimal.ONE)))));
            }
            if (!fieldSchema.has("minimum") && name.endsWith("Id")) {
                add(name + " negative id", json(with(valid, name, NODES.numberNode(-1 - random.nextInt(1000)))));
                add(
                        name + " unknown id",
                        json(with(valid, name, NODES.numberNode(900_000_000_000L + random.nextInt(1000)))));
            }
        } else if ("boolean".equals(type)) {
            add(name + " text", json(with(valid, name, NODES.textNode("yes"))));
            add(name + " number", json(with(valid, name, NODES.numberNode(1))));
        } else if ("array".equals(type)) {
            add(name + " text", json(with(valid, name, NODES.textNode("x"))));
            add(name + " object", json(with(valid, name, NODES.objectNode())));
            if (fieldSchema.path("minItems").asInt() > 0) {
                add(name + " empty", json(with(valid, name, NODES.arrayNode())));
            }
            if (fieldSchema.has("maxItems") && valid.path(name).size() > 0) {
                ArrayNode many = NODES.arrayNode();
                for (int i = 0; i <= fieldSchema.get("maxItems").asInt(); i++) {
                    many.add(valid.get(name).get(0).deepCopy());
                }
                add(name + " too many items", json(with(valid, name, many)));
            }
            JsonNode items = resolve(fieldSchema.path("items"));
            if (items.has("enum")) {
                add(
                        name + " unknown item",
                        json(with(valid, name, NODES.arrayNode().add("NOT_A_VALUE"))));
            } else if ("object".equals(items.path("type").asText())
                    && valid.path(name).size() > 0) {
                ArrayNode broken = NODES.arrayNode().add(NODES.objectNode().put("unexpected", 1));
                add(name + " item with unknown field", json(with(valid, name, broken)));
            } else if (!items.isMissingNode()) {
                add(
                        name + " item of the wrong type",
                        json(with(valid, name, NODES.arrayNode().add(NODES.objectNode()))));
            }
        } else if ("string".equals(type)) {
            add(name + " number", json(with(valid, name, NODES.numberNode(12345))));
            add(name + " boolean", json(with(valid, name, NODES.booleanNode(false))));
            add(name + " object", json(with(valid, name, NODES.objectNode().put("$gt", ""))));
            add(name + " array", json(with(valid, name, NODES.arrayNode().add("x"))));
            if (fieldSchema.has("maxLength")) {
                int max = fieldSchema.get("maxLength").asInt();
                add(
                        name + " over maxLength",
                        json(with(valid, name, NODES.textNode(longText(max + 1 + random.nextInt(50))))));
                add(name + " far over maxLength", json(with(valid, name, NODES.textNode(longText(max + 20_000)))));
            }
            if (fieldSchema.has("pattern")) {
                add(
                        name + " against pattern",
                        json(with(
                                valid,
                                name,
                                NODES.textNode(
                                        notMatching(fieldSchema.get("pattern").asText())))));
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private void add(String what, Call call) {
        out.add(new Variant(operation.id() + ": " + what, call));
    }

    private Call json(Object body) {
        return base.withBody("application/json", body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static ObjectNode with(ObjectNode valid, String name, JsonNode value) {
        ObjectNode copy = valid.deepCopy();
        copy.set(name, value);
        return copy;
    }

    private static String firstTextField(JsonNode schema, ObjectNode valid) {
        Iterator<String> names = valid.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (valid.get(name).isTextual()) {
                return name;
            }
        }
        return "padding";
    }

    private static String nestedObject(ObjectNode valid, int depth) {
        return valid.toString().replaceFirst("\\}$", "") + (valid.size() > 0 ? "," : "") + "\"deep\":"
                + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth) + "}";
    }

    private static byte[] invalidUtf8(ObjectNode valid) {
        String text = valid.toString();
        int quote = text.indexOf(":\"");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (quote < 0) {
                bytes.write("{\"x\":\"".getBytes(StandardCharsets.UTF_8));
                bytes.write(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF});
                bytes.write("\"}".getBytes(StandardCharsets.UTF_8));
            } else {
                bytes.write(text.substring(0, quote + 2).getBytes(StandardCharsets.UTF_8));
                bytes.write(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE});
                bytes.write(text.substring(quote + 2).getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** A payload the pattern cannot match, whether it is applied to the whole value or searched in it. */
    private String notMatching(String pattern) {
        if ("\\S".equals(pattern)) {
            return pick(List.of("   ", "\t", " \n "), 1).get(0);
        }
        Pattern compiled = Pattern.compile(pattern);
        for (String payload : pick(PAYLOADS, PAYLOADS.size())) {
            if (!compiled.matcher(payload).find()) {
                return payload;
            }
        }
        return "\t";
    }

    private String longText(int length) {
        String unit = random.nextBoolean() ? "ب" : "x";
        return unit.repeat(length);
    }

    private <T> List<T> pick(List<T> values, int count) {
        List<T> copy = new ArrayList<>(values);
        java.util.Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(count, copy.size()));
    }

    private static JsonNode resolve(JsonNode schema) {
        JsonNode node = schema;
        while (node.has("$ref")) {
            String name = node.get("$ref").asText().replace("#/components/schemas/", "");
            JsonNode target =
                    Operations.contract().path("components").path("schemas").path(name);
            if (node.size() == 1) {
                node = target;
            } else {
                ObjectNode merged = target.deepCopy();
                node.fields().forEachRemaining(e -> {
                    if (!"$ref".equals(e.getKey())) {
                        merged.set(e.getKey(), e.getValue());
                    }
                });
                node = merged;
            }
        }
        return node;
    }
}
