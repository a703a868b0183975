package ma.forsa.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Real tokens from the real Keycloak that {@code ./forsa test} starts with the committed realm.
 *
 * <p>Users are created through Keycloak's admin API (the throwaway server's bootstrap admin), and
 * their tokens come from the SPA's own client the way a browser gets them: the authorization
 * endpoint, the login form, the redirect with a code, and the code exchanged with its PKCE
 * verifier. Nothing in the realm is loosened for tests (no password grant).
 */
public final class Keycloak {

    public static final String PASSWORD = "Matrix-pass-1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FORM_ACTION =
            Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String realmUrl;
    private final String baseUrl;
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public Keycloak() {
        String fromEnvironment = System.getenv("FORSA_TEST_OIDC_URL");
        realmUrl = fromEnvironment != null && !fromEnvironment.isBlank()
                ? fromEnvironment
                : ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        baseUrl = realmUrl.substring(0, realmUrl.indexOf("/realms/"));
    }

    /** A user of realm "forsa" with one realm role and the given attributes (directorate, association_id…). */
    public void createUser(String username, String role, Map<String, String> attributes) {
        String admin = adminToken();
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", username);
        user.put("enabled", true);
        user.put("email", username + "@test.forsa.ma");
        user.put("emailVerified", true);
        user.put("firstName", "Test");
        user.put("lastName", username);
        user.put(
                "attributes",
                attributes.entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))));
        user.put("credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false)));
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms/forsa/users"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(user)))
                .build());
        if (created.statusCode() != 201) {
            throw new IllegalStateException(
                    "Keycloak refused user " + username + ": " + created.statusCode() + " " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        JsonNode roleRepresentation = getJson(baseUrl + "/admin/realms/forsa/roles/" + role, admin);
        HttpResponse<String> mapped = send(HttpRequest.newBuilder(URI.create(location + "/role-mappings/realm"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + roleRepresentation + "]"))
                .build());
        if (mapped.statusCode() / 100 != 2) {
            throw new IllegalStateException(
                    "Keycloak refused role " + role + " for " + username + ": " + mapped.statusCode());
        }
    }

    /** An access token for a user, through the SPA client's login form (authorization code + PKCE). */
    public String login(String username, String password) {
        String admin = adminToken();
        JsonNode spa = getJson(baseUrl + "/admin/realms/forsa/clients?clientId=forsa-spa", admin)
                .get(0);
        String redirectUri = spa.get("redirectUris").get(0).asText().replace("*", "");
        String verifier = randomString(48);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
        String state = randomString(12);
        // Keycloak marks its cookies Secure (browsers accept that on localhost); java.net's CookieManager
        // would not send them over http, so the cookies are carried by hand, as a browser would.
        Map<String, String> cookies = new LinkedHashMap<>();

        String authorize = realmUrl + "/protocol/openid-connect/auth?"
                + form(Map.of(
                        "client_id",
                        "forsa-spa",
                        "redirect_uri",
                        redirectUri,
                        "response_type",
                        "code",
                        "scope",
                        "openid",
                        "state",
                        state,
                        "code_challenge",
                        challenge,
                        "code_challenge_method",
                        "S256"));
        HttpResponse<String> page =
                send(http, HttpRequest.newBuilder(URI.create(authorize)).GET().build());
        keepCookies(page, cookies);
        Matcher action = FORM_ACTION.matcher(page.body());
        if (page.statusCode() != 200 || !action.find()) {
            throw new IllegalStateException("no login form from Keycloak: " + page.statusCode());
        }
        HttpResponse<String> submitted = send(
                http,
                HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header(
                                "Cookie",
                                cookies.entrySet().stream()
                                        .map(e -> e.getKey() + "=" + e.getValue())
                                        .collect(Collectors.joining("; ")))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                form(Map.of("username", username, "password", password, "credentialId", ""))))
                        .build());
        String location = submitted
                .headers()
                .firstValue("Location")
                .orElseThrow(() -> new IllegalStateException(
                        "login of " + username + " did not redirect: " + submitted.statusCode()));
        Matcher code = Pattern.compile("[?&#]code=([^&]+)").matcher(location);
        if (!location.startsWith(redirectUri) || !code.find() || !location.contains("state=" + state)) {
            throw new IllegalStateException("login of " + username + " redirected without a code: " + location);
        }
        return token(Map.of(
                "grant_type",
                "authorization_code",
                "client_id",
                "forsa-spa",
                "code",
                URLDecode(code.group(1)),
                "redirect_uri",
                redirectUri,
                "code_verifier",
                verifier));
    }

    /**
     * A third-party system as a directorate would register one: a confidential client with a service account, the
     * realm role api-client, the API as its audience, its directorate as a claim, and the grants given (client roles
     * of forsa-backend: statistics, sync, personal-data).
     */
    public void createClient(String clientId, String secret, String directorate, List<String> grants) {
        String admin = adminToken();
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("clientId", clientId);
        client.put("enabled", true);
        client.put("publicClient", false);
        client.put("secret", secret);
        client.put("standardFlowEnabled", false);
        client.put("directAccessGrantsEnabled", false);
        client.put("serviceAccountsEnabled", true);
        client.put(
                "protocolMappers",
                List.of(
                        Map.of(
                                "name",
                                "audience",
                                "protocol",
                                "openid-connect",
                                "protocolMapper",
                                "oidc-audience-mapper",
                                "config",
                                Map.of("included.custom.audience", "forsa-backend", "access.token.claim", "true")),
                        Map.of(
                                "name",
                                "directorate",
                                "protocol",
                                "openid-connect",
                                "protocolMapper",
                                "oidc-hardcoded-claim-mapper",
                                "config",
                                Map.of(
                                        "claim.name",
                                        "directorate",
                                        "claim.value",
                                        directorate,
                                        "jsonType.label",
                                        "String",
                                        "access.token.claim",
                                        "true"))));
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms/forsa/clients"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(client)))
                .build());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Keycloak refused client " + clientId + ": " + created.statusCode());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        String account =
                getJson(location + "/service-account-user", admin).get("id").asText();
        String users = baseUrl + "/admin/realms/forsa/users/" + account;
        JsonNode apiClient = getJson(baseUrl + "/admin/realms/forsa/roles/api-client", admin);
        post(users + "/role-mappings/realm", "[" + apiClient + "]", admin);
        if (!grants.isEmpty()) {
            String backend = getJson(baseUrl + "/admin/realms/forsa/clients?clientId=forsa-backend", admin)
                    .get(0)
                    .get("id")
                    .asText();
            String roles = grants.stream()
                    .map(g -> getJson(baseUrl + "/admin/realms/forsa/clients/" + backend + "/roles/" + g, admin)
                            .toString())
                    .collect(Collectors.joining(",", "[", "]"));
            post(users + "/role-mappings/clients/" + backend, roles, admin);
        }
    }

    private void post(String url, String json, String admin) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException("Keycloak answered " + answer.statusCode() + " to " + url);
        }
    }

    /** A token of the third-party client (client credentials). */
    public String clientCredentials(String clientId, String secret) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    private static void keepCookies(HttpResponse<?> response, Map<String, String> jar) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                jar.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
    }

    private String token(Map<String, String> form) {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(form)))
                        .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "token endpoint answered " + response.statusCode() + ": " + response.body());
        }
        return read(response.body()).get("access_token").asText();
    }

    private String adminToken() {
        String user = System.getenv().getOrDefault("FORSA_TEST_KEYCLOAK_ADMIN", "admin");
        String password = System.getenv().getOrDefault("FORSA_TEST_KEYCLOAK_ADMIN_PASSWORD", "admin");
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(baseUrl + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                        "grant_type", "password", "client_id", "admin-cli", "username", user, "password", password))))
                .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak's admin login answered " + response.statusCode());
        }
        return read(response.body()).get("access_token").asText();
    }

    private JsonNode getJson(String url, String bearer) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + bearer)
                .GET()
                .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return read(response.body());
    }

    private HttpResponse<String> send(HttpRequest request) {
        return send(http, request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String URLDecode(String value) {
        return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String randomString(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
