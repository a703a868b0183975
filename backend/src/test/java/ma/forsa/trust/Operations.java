package ma.forsa.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The operations of the committed contract, ../openapi.yaml, by operationId. */
final class Operations {

    static final Path CONTRACT = Path.of("..", "openapi.yaml");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    private static JsonNode root;

    record Operation(String id, String method, String path, JsonNode node) {

        boolean matches(String method, String path) {
            String template = Pattern.quote(this.path).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            return this.method.equalsIgnoreCase(method) && path.matches(template);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private Operations() {}

    static synchronized JsonNode contract() {
        if (root == null) {
            try {
                root = new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile());
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + CONTRACT, e);
            }
        }
        return root;
    }

    static Map<String, Operation> fromContract() {
        Map<String, Operation> operations = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> paths = contract().get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (METHODS.contains(method.getKey())) {
                    String id = method.getValue().path("operationId").asText(method.getKey() + " " + path.getKey());
                    operations.put(
                            id, new Operation(id, method.getKey().toUpperCase(), path.getKey(), method.getValue()));
                }
            }
        }
        return operations;
    }
}
