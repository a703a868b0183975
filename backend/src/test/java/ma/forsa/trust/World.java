package ma.forsa.trust;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.forsa.testing.Keycloak;
import ma.forsa.testing.Names;

/**
 * The records and the callers the trust tests work on: everything in the directorate of Laâyoune,
 * owned by association A, with a second association B beside it; one real Keycloak user per kind of
 * caller. Records are made through the API with those users' tokens, as the users would make them.
 */
final class World {

    static final List<String> CALLERS = List.of(
            "anonymous", "admin", "admin-other", "staff", "staff-other", "assoc", "assoc-other", "academy", "client");
    static final String YEAR = "2025/2026";
    /** Days within YEAR. */
    static final String ENROLLED_ON = "2025-10-06";

    static final String TRANSFERRED_ON = "2026-01-12";
    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static World instance;

    /** Access tokens live 5 minutes in the realm: each is fetched again once it is 3 minutes old. */
    static final long TOKEN_AGE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(180);

    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, Long> fetchedAt = new HashMap<>();
    private final Map<String, String> usernames = new HashMap<>();
    private Keycloak keycloak;
    long associationA;
    long associationB;
    String associationAName;
    long centreA;
    String centreAName;
    long centreA2;
    long centreB;
    long learner;
    String learnerLastName;
    long placement;
    long agreement;
    String agreementReference;
    long pupil;
    String pupilLastName;
    long activity;
    long importJob;
    long schoolYear;
    long campaign;
    String campaignTitle;
    long caravan;
    long stop;
    long childCase;
    String caseLastName;
    long webhook;
    long webhookDelivery;
    /** A receiver on 127.0.0.1 answering 204 to every delivery, so the world's webhook is never disabled. */
    private com.sun.net.httpserver.HttpServer receiver;

    static synchronized World get() {
        if (instance == null) {
            instance = new World();
            instance.build();
        }
        return instance;
    }

    private void build() {
        keycloak = new Keycloak();
        String run = Names.unique("m").replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
        user(keycloak, "admin", "m-admin-" + run, "directorate-admin", Map.of("directorate", "LAA"));
        user(keycloak, "admin-other", "m-adminboj-" + run, "directorate-admin", Map.of("directorate", "BOJ"));

        associationAName = Names.unique("جمعية أ");
        associationA = id(as("admin", Call.post("/api/v1/associations", Map.of("nameAr", associationAName))), 201);
        associationB =
                id(as("admin", Call.post("/api/v1/associations", Map.of("nameAr", Names.unique("جمعية ب")))), 201);

        user(keycloak, "staff", "m-staff-" + run, "directorate-staff", Map.of("directorate", "LAA"));
        user(keycloak, "staff-other", "m-staffboj-" + run, "directorate-staff", Map.of("directorate", "BOJ"));
        user(
                keycloak,
                "assoc",
                "m-assoca-" + run,
                "association-staff",
                Map.of("directorate", "LAA", "association_id", Long.toString(associationA)));
        user(
                keycloak,
                "assoc-other",
                "m-assocb-" + run,
                "association-staff",
                Map.of("directorate", "LAA", "association_id", Long.toString(associationB)));
        user(keycloak, "academy", "m-academy-" + run, "academy-analyst", Map.of("academy", "LSH"));
        usernames.put("client", null);

        centreAName = Names.unique("مركز أ");
        centreA = centre(associationA, centreAName);
        centreA2 = centre(associationA, Names.unique("مركز أ٢"));
        centreB = centre(associationB, Names.unique("مركز ب"));
        learnerLastName = Names.unique("العلوي");
        learner = learner(learnerLastName);
        webhook = freshWebhook();
        placement = placement(learner);
        webhookDelivery = firstDelivery(webhook);
        agreementReference = reference();
        agreement = agreement(agreementReference, true);
        as(
                        "admin",
                        Call.put("/api/v1/agreements/" + agreement + "/document", null)
                                .withQuery("fileName", "signed.pdf")
                                .withBody("application/pdf", PDF))
                .then()
                .statusCode(200);
        pupilLastName = Names.unique("التلميذ");
        pupil = pupil(pupilLastName);
        activity = activity();
        importJob = id(as("assoc", importCall()), 202);
        campaignTitle = Names.unique("حملة أ");
        campaign = activeCampaign(campaignTitle);
        caravan = caravan(campaign);
        stop = stop(caravan);
        caseLastName = Names.unique("المرصود");
        childCase = childCase(caseLastName);
        schoolYear = as("admin", Call.get("/api/v1/school-years"))
                .jsonPath()
                .getLong("items.find { it.code == '" + YEAR + "' }.id");
    }

    private void user(Keycloak keycloak, String caller, String username, String role, Map<String, String> attributes) {
        keycloak.createUser(username, role, attributes);
        usernames.put(caller, username);
    }

    /** The caller's access token, fetched again when it is old (none for "anonymous"). */
    synchronized String token(String caller) {
        if ("anonymous".equals(caller)) {
            return null;
        }
        if (!usernames.containsKey(caller)) {
            throw new IllegalArgumentException("no caller " + caller);
        }
        Long at = fetchedAt.get(caller);
        if (at == null || System.nanoTime() - at > TOKEN_AGE_NANOS) {
            String username = usernames.get(caller);
            tokens.put(
                    caller,
                    username == null
                            ? keycloak.clientCredentials("forsa-integration", "demo-integration-secret")
                            : keycloak.login(username, Keycloak.PASSWORD));
            fetchedAt.put(caller, System.nanoTime());
        }
        return tokens.get(caller);
    }

    Response as(String caller, Call call) {
        return call.send(token(caller));
    }

    static long id(Response response, int expected) {
        if (response.statusCode() != expected) {
            throw new AssertionError(
                    "expected " + expected + " but got " + response.statusCode() + ": " + response.asString());
        }
        return response.jsonPath().getLong("id");
    }

    JsonPath read(String path) {
        Response response = as("admin", Call.get(path));
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode());
        }
        return response.jsonPath();
    }

    long version(String path) {
        return read(path).getLong("version");
    }

    // ----------------------------------------------------------------- fresh records, owned by A

    long association() {
        return id(as("admin", Call.post("/api/v1/associations", Map.of("nameAr", Names.unique("جمعية")))), 201);
    }

    long centre(long association, String name) {
        return id(as("admin", Call.post("/api/v1/centres", centreInput(association, name))), 201);
    }

    static Map<String, Object> centreInput(long association, String name) {
        return Map.of(
                "nameAr",
                name,
                "type",
                "NFE_BASIC",
                "associationId",
                association,
                "communeCode",
                "LAA-LAAYOUNE",
                "capacity",
                500);
    }

    long learner(String lastName) {
        Map<String, Object> body = new HashMap<>(learnerInput(lastName));
        body.put("associationId", associationA);
        return id(as("admin", Call.post("/api/v1/learners", body)), 201);
    }

    static Map<String, Object> learnerInput(String lastName) {
        return Map.of(
                "firstNameAr",
                "سلمى",
                "lastNameAr",
                lastName,
                "birthDate",
                "2013-06-01",
                "sex",
                "F",
                "guardianName",
                "ولي " + lastName,
                "guardianPhone",
                "+212 600 00 00 00");
    }

    long placement(long learnerId) {
        return id(as("admin", Call.post("/api/v1/placements", placementInput(learnerId, centreA))), 201);
    }

    static Map<String, Object> placementInput(long learnerId, long centreId) {
        return Map.of("learnerId", learnerId, "centreId", centreId, "schoolYear", YEAR, "enrolledOn", ENROLLED_ON);
    }

    /** A placement of a new learner of A, for operations that end or move it. */
    /** An endpoint of the admin's for enrolments, sent to the world's receiver. */
    long freshWebhook() {
        return id(as("admin", Call.post("/api/v1/webhooks", webhookInput())), 201);
    }

    Map<String, Object> webhookInput() {
        return Map.of("url", receiverUrl(), "description", "matrice", "eventTypes", List.of("placement.enrolled"));
    }

    synchronized String receiverUrl() {
        if (receiver == null) {
            try {
                receiver = com.sun.net.httpserver.HttpServer.create(
                        new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 200);
                receiver.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
                    Thread thread = new Thread(r, "matrix-webhook-receiver");
                    thread.setDaemon(true);
                    return thread;
                }));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            receiver.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            receiver.start();
        }
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/forsa";
    }

    /** The first delivery the dispatcher made for a webhook (it fans events out within a second or so). */
    private long firstDelivery(long webhookId) {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            List<Long> ids =
                    read("/api/v1/webhooks/" + webhookId + "/deliveries").getList("items.id", Long.class);
            if (!ids.isEmpty()) {
                return ids.get(0);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no delivery for webhook " + webhookId + " within 60 s");
    }

    long freshPlacement() {
        return placement(learner(Names.unique("المنقول")));
    }

    static String reference() {
        return Names.unique("M").replace(" ", "-");
    }

    Map<String, Object> agreementInput(String reference, boolean signed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", reference);
        body.put("associationId", associationA);
        body.put("schoolYears", List.of(YEAR));
        body.put("programmes", List.of(Map.of("programme", "NFE_BASIC", "targetBeneficiaries", 60)));
        body.put("startsOn", "2025-09-01");
        body.put("endsOn", "2026-07-31");
        body.put("budgetMad", 120000);
        body.put("tranches", List.of(Map.of("amountMad", 120000, "dueOn", "2025-10-15")));
        if (signed) {
            body.put("signedOn", "2025-09-10");
        }
        return body;
    }

    long agreement(String reference, boolean signed) {
        return id(as("admin", Call.post("/api/v1/agreements", agreementInput(reference, signed))), 201);
    }

    /** A SIGNED agreement of A: signing date, PDF, then the transition. */
    long signedAgreement() {
        long id = agreement(reference(), true);
        as(
                        "admin",
                        Call.put("/api/v1/agreements/" + id + "/document", null)
                                .withQuery("fileName", "signed.pdf")
                                .withBody("application/pdf", PDF))
                .then()
                .statusCode(200);
        as("admin", Call.post("/api/v1/agreements/" + id + "/transitions", Map.of("to", "SIGNED")))
                .then()
                .statusCode(200);
        return id;
    }

    Map<String, Object> campaignInput(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("titleAr", title);
        body.put("schoolYear", YEAR);
        body.put("startsOn", "2025-09-16");
        body.put("endsOn", "2025-12-31");
        body.put("communeCodes", List.of("LAA-LAAYOUNE"));
        body.put("channels", List.of("MEETING", "RADIO"));
        body.put("associationIds", List.of(associationA));
        return body;
    }

    /** A campaign of the directorate with association A taking part, under way. */
    long activeCampaign(String title) {
        long id = id(as("admin", Call.post("/api/v1/campaigns", campaignInput(title))), 201);
        as("admin", Call.post("/api/v1/campaigns/" + id + "/transitions", Map.of("to", "ACTIVE")))
                .then()
                .statusCode(200);
        return id;
    }

    static Map<String, Object> caravanInput(long campaign) {
        return Map.of(
                "campaignId",
                campaign,
                "name",
                Names.unique("قافلة"),
                "startsOn",
                "2025-09-20",
                "endsOn",
                "2025-10-31",
                "team",
                List.of(Map.of("fullName", "خديجة", "role", "LEADER")));
    }

    long caravan(long campaign) {
        return id(as("admin", Call.post("/api/v1/caravans", caravanInput(campaign))), 201);
    }

    static Map<String, Object> stopInput() {
        return Map.of(
                "visitOn",
                "2025-09-21",
                "communeCode",
                "LAA-LAAYOUNE",
                "place",
                "حي الوحدة",
                "status",
                "DONE",
                "peopleReached",
                40);
    }

    long stop(long caravan) {
        return id(as("admin", Call.post("/api/v1/caravans/" + caravan + "/stops", stopInput())), 201);
    }

    Map<String, Object> caseInput(String lastName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("firstNameAr", "سلمى");
        body.put("lastNameAr", lastName);
        body.put("sex", "F");
        body.put("birthDate", "2013-06-01");
        body.put("guardianName", "ولي " + lastName);
        body.put("guardianPhone", "+212 600 00 00 01");
        body.put("stopId", stop);
        body.put("associationId", associationA);
        return body;
    }

    /** A child found at the stop by association A's team. */
    long childCase(String lastName) {
        return id(as("admin", Call.post("/api/v1/cases", caseInput(lastName))), 201);
    }

    static Map<String, Object> pupilInput(String lastName) {
        return Map.of(
                "firstNameAr",
                "يوسف",
                "lastNameAr",
                lastName,
                "birthDate",
                "2013-02-02",
                "sex",
                "M",
                "schoolName",
                "مدرسة الوحدة",
                "grade",
                "P5",
                "signals",
                List.of("ABSENCES"));
    }

    long pupil(String lastName) {
        return id(as("assoc", Call.post("/api/v1/at-risk-pupils", pupilInput(lastName))), 201);
    }

    Map<String, Object> activityInput() {
        return Map.of(
                "centreId",
                centreA,
                "kind",
                "PSYCHOLOGICAL_SUPPORT",
                "title",
                Names.unique("جلسة دعم"),
                "heldOn",
                "2025-11-03",
                "durationMinutes",
                60);
    }

    long activity() {
        return id(as("assoc", Call.post("/api/v1/support-activities", activityInput())), 201);
    }

    Call importCall() {
        String csv = "first_name_ar,last_name_ar,birth_date,sex,centre_id,school_year\n" + "مريم,"
                + Names.unique("الإدريسي") + ",2013-03-03,F," + centreA + "," + YEAR + "\n";
        return Call.post("/api/v1/imports", null)
                .withQuery("fileName", "learners.csv")
                .withBody("text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private Long previewable;

    /** One import of A left VALIDATED (nobody commits it), for the operations that read a dry run. */
    synchronized long previewableImport() {
        if (previewable == null) {
            previewable = validatedImport();
        }
        return previewable;
    }

    /** An import of A that has finished its dry run (VALIDATED), ready to commit. */
    long validatedImport() {
        long id = id(as("assoc", importCall()), 202);
        for (int i = 0; i < 200; i++) {
            String status = read("/api/v1/imports/" + id).getString("status");
            if ("VALIDATED".equals(status)) {
                return id;
            }
            if (!"VALIDATING".equals(status)) {
                throw new AssertionError("import " + id + " is " + status);
            }
            sleep(50);
        }
        throw new AssertionError("import " + id + " did not finish its dry run");
    }

    /** Waits until no import of the test is still running, so nothing changes behind a later test. */
    void settleImports() {
        for (int i = 0; i < 400; i++) {
            String running = read("/api/v1/imports?size=100")
                    .getString("items.findAll { it.status == 'VALIDATING' || it.status == 'COMMITTING' }.size()");
            if ("0".equals(running)) {
                return;
            }
            sleep(50);
        }
        throw new AssertionError("imports still running");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A school year far from the real ones, made by the admin, for the operations on its bands. */
    long schoolYear() {
        Response response = as("admin", Call.post("/api/v1/school-years", schoolYearInput()));
        return response.statusCode() == 409 ? schoolYear() : id(response, 201);
    }

    /**
     * A school year no one has made yet: after 8100, clear of the real years and of StatisticsTest's
     * (3000 to 8000), and not among those that exist.
     */
    Map<String, Object> schoolYearInput() {
        java.util.Set<String> taken =
                new java.util.HashSet<>(read("/api/v1/school-years").getList("items.code"));
        int first;
        do {
            first = 8100 + java.util.concurrent.ThreadLocalRandom.current().nextInt(1800);
        } while (taken.contains(first + "/" + (first + 1)));
        return Map.of(
                "code", first + "/" + (first + 1), "startsOn", first + "-09-01", "endsOn", (first + 1) + "-07-31");
    }
}
