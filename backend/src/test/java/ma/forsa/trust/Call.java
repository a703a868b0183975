package ma.forsa.trust;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;

/** One HTTP request to the API, built before it is sent so it can be sent as anyone. */
record Call(String method, String path, Map<String, Object> query, String contentType, Object body) {

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
        return new Call(method, path, all, contentType, body);
    }

    Call withBody(String type, Object content) {
        return new Call(method, path, query, type, content);
    }

    /** Sends it with the bearer token, or without one when the token is null. */
    Response send(String token) {
        RequestSpecification request = given().redirects().follow(false);
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
