package ma.forsa.trust;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;

/** One HTTP request to the API, built before it is sent so it can be sent as anyone. */
record Call(String method, String path, Map<String, Object> query, String contentType, Object body, boolean raw) {

    Call(String method, String path, Map<String, Object> query, String contentType, Object body) {
        this(method, path, query, contentType, body, false);
    }

    static Call get(String path, Object... query) {
        return new Call("GET", path, pairs(query), null, null);
    }

    static Call post(String path, Object body) {
        return new Call("POST", path, Map.of(), body == null ? null : "application/json", body);
    }

    static Call put(String path, Object body) {
        return new Call("PUT", path, Map.of(), "application/json", body);
    }

    static Call delete(String path) {
        return new Call("DELETE", path, Map.of(), null, null);
    }

    Call withQuery(Object... query) {
        Map<String, Object> all = new LinkedHashMap<>(this.query);
        all.putAll(pairs(query));
        return new Call(method, path, all, contentType, body, raw);
    }

    Call withBody(String type, Object content) {
        return new Call(method, path, query, type, content, raw);
    }

    Call withPath(String newPath) {
        return new Call(method, newPath, query, contentType, body, raw);
    }

    Call withQueryValue(String name, Object value) {
        Map<String, Object> all = new LinkedHashMap<>(query);
        all.put(name, value);
        return new Call(method, path, all, contentType, body, raw);
    }

    /** Sent as written: the path and query are not percent-encoded again (for bytes no client would send). */
    Call unencoded() {
        return new Call(method, path, query, contentType, body, true);
    }

    /** Sends it with the bearer token, or without one when the token is null. */
    Response send(String token) {
        RequestSpecification request = given().redirects().follow(false).urlEncodingEnabled(!raw);
        if (token != null) {
            request.auth().oauth2(token);
        }
        query.forEach(request::queryParam);
        if (body != null) {
            request.contentType(contentType);
            if (body instanceof byte[] bytes) {
                request.body(bytes);
            } else if (body instanceof String text) {
                request.body(text);
            } else {
                request.body(body);
            }
        }
        return request.request(method, path);
    }

    private static Map<String, Object> pairs(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
