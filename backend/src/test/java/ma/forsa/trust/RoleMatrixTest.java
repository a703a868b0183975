package ma.forsa.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import ma.forsa.testing.Names;
import org.junit.jupiter.api.Test;

/**
 * Every operation of {@code openapi.yaml}, called by every kind of caller with a real token from the
 * real Keycloak, answers what the committed matrix ({@code role-matrix.txt}) says. The matrix is the
 * reviewable statement of who may do what; a new operation cannot pass without a row in it.
 */
@QuarkusTest
class RoleMatrixTest {

    /** How to call an operation on a record owned by association A; made again for each caller. */
    record Case(Function<World, Call> call, ToLongFunction<World> listed, String idField) {}

    static Case one(Function<World, Call> call) {
        return new Case(call, null, null);
    }

    /** A page whose items should, or should not, include the record with this id. */
    static Case page(Function<World, Call> call, ToLongFunction<World> owned) {
        return new Case(call, owned, "id");
    }

    static final Map<String, Case> CASES = new LinkedHashMap<>();

    static {
        // agreements
        CASES.put(
                "listAgreements",
                page(w -> Call.get("/api/v1/agreements", "q", w.agreementReference), w -> w.agreement));
        CASES.put(
                "createAgreement",
                one(w -> Call.post("/api/v1/agreements", w.agreementInput(World.reference(), false))));
        CASES.put("getAgreement", one(w -> Call.get("/api/v1/agreements/" + w.agreement)));
        CASES.put("updateAgreement", one(w -> {
            long id = w.agreement(World.reference(), false);
            Map<String, Object> body = new HashMap<>(w.agreementInput(World.reference(), false));
            body.put("version", 0);
            return Call.put("/api/v1/agreements/" + id, body);
        }));
        CASES.put(
                "setAgreementCentres",
                one(w -> Call.put(
                        "/api/v1/agreements/" + w.agreement(World.reference(), false) + "/centres",
                        Map.of("centreIds", List.of(w.centreA), "version", 0))));
        CASES.put(
                "uploadAgreementDocument",
                one(w -> Call.put("/api/v1/agreements/" + w.agreement(World.reference(), true) + "/document", null)
                        .withQuery("fileName", "signed.pdf")
                        .withBody("application/pdf", World.PDF)));
        CASES.put("downloadAgreementDocument", one(w -> Call.get("/api/v1/agreements/" + w.agreement + "/document")));
        CASES.put("getAgreementHistory", one(w -> Call.get("/api/v1/agreements/" + w.agreement + "/history")));
        CASES.put("recordTranchePayment", one(w -> {
            long id = w.signedAgreement();
            return Call.put(
                    "/api/v1/agreements/" + id + "/tranches/1/payment",
                    Map.of("paidOn", "2025-10-20", "version", w.version("/api/v1/agreements/" + id)));
        }));
        CASES.put("transitionAgreement", one(w -> {
            long id = w.agreement(World.reference(), true);
            w.as(
                            "admin",
                            Call.put("/api/v1/agreements/" + id + "/document", null)
                                    .withQuery("fileName", "signed.pdf")
                                    .withBody("application/pdf", World.PDF))
                    .then()
                    .statusCode(200);
            return Call.post("/api/v1/agreements/" + id + "/transitions", Map.of("to", "SIGNED"));
        }));
        // campaigns and caravans
        CASES.put("listCampaigns", page(w -> Call.get("/api/v1/campaigns", "q", w.campaignTitle), w -> w.campaign));
        CASES.put("createCampaign", one(w -> Call.post("/api/v1/campaigns", w.campaignInput(Names.unique("حملة")))));
        CASES.put("getCampaign", one(w -> Call.get("/api/v1/campaigns/" + w.campaign)));
        CASES.put("updateCampaign", one(w -> {
            String title = Names.unique("حملة");
            long id = World.id(w.as("admin", Call.post("/api/v1/campaigns", w.campaignInput(title))), 201);
            Map<String, Object> body = new HashMap<>(w.campaignInput(title));
            body.put("version", 0);
            body.put("channels", List.of("RADIO"));
            return Call.put("/api/v1/campaigns/" + id, body);
        }));
        CASES.put(
                "transitionCampaign",
                one(w -> Call.post(
                        "/api/v1/campaigns/"
                                + World.id(
                                        w.as(
                                                "admin",
                                                Call.post("/api/v1/campaigns", w.campaignInput(Names.unique("حملة")))),
                                        201)
                                + "/transitions",
                        Map.of("to", "ACTIVE"))));
        CASES.put("getCampaignReach", one(w -> Call.get("/api/v1/campaigns/" + w.campaign + "/reach")));
        CASES.put(
                "recordCampaignReach",
                one(w -> Call.post(
                        "/api/v1/campaigns/" + w.activeCampaign(Names.unique("حملة")) + "/reach",
                        Map.of("channel", "RADIO", "reachedOn", "2025-09-17", "peopleReached", 300))));
        CASES.put("deleteCampaignReach", one(w -> {
            long id = w.activeCampaign(Names.unique("حملة"));
            long reach = World.id(
                    w.as(
                            "admin",
                            Call.post(
                                    "/api/v1/campaigns/" + id + "/reach",
                                    Map.of("channel", "MEETING", "reachedOn", "2025-09-16", "peopleReached", 12))),
                    201);
            return Call.delete("/api/v1/campaigns/" + id + "/reach/" + reach);
        }));
        CASES.put("listCaravans", page(w -> Call.get("/api/v1/caravans", "campaignId", w.campaign), w -> w.caravan));
        CASES.put("getCaravan", one(w -> Call.get("/api/v1/caravans/" + w.caravan)));
        CASES.put("createCaravan", one(w -> Call.post("/api/v1/caravans", World.caravanInput(w.campaign))));
        CASES.put("updateCaravan", one(w -> {
            Map<String, Object> body = new HashMap<>(World.caravanInput(w.campaign));
            body.put("version", 0);
            return Call.put("/api/v1/caravans/" + w.caravan(w.campaign), body);
        }));
        CASES.put("listCaravanStops", page(w -> Call.get("/api/v1/caravans/" + w.caravan + "/stops"), w -> w.stop));
        CASES.put("getCaravanStop", one(w -> Call.get("/api/v1/caravans/" + w.caravan + "/stops/" + w.stop)));
        CASES.put(
                "createCaravanStop",
                one(w -> Call.post("/api/v1/caravans/" + w.caravan + "/stops", World.stopInput())));
        CASES.put("updateCaravanStop", one(w -> {
            Map<String, Object> body = new HashMap<>(World.stopInput());
            body.put("version", 0);
            body.put("peopleReached", 41);
            return Call.put("/api/v1/caravans/" + w.caravan + "/stops/" + w.stop(w.caravan), body);
        }));
        CASES.put("listStops", page(w -> Call.get("/api/v1/stops", "on", "2025-09-21", "size", "100"), w -> w.stop));
        // identified children
        CASES.put("listCases", page(w -> Call.get("/api/v1/cases", "q", w.caseLastName), w -> w.childCase));
        CASES.put("countCases", one(w -> Call.get("/api/v1/cases/counts", "stopId", w.stop)));
        CASES.put("getCase", one(w -> Call.get("/api/v1/cases/" + w.childCase)));
        CASES.put("createCase", one(w -> Call.post("/api/v1/cases", w.caseInput(Names.unique("المرصود")))));
        CASES.put("updateCase", one(w -> {
            String name = Names.unique("المرصود");
            Map<String, Object> body = new HashMap<>(w.caseInput(name));
            long id = w.childCase(name);
            body.put("version", 0);
            body.put("guardianPhone", "+212 600 00 00 02");
            return Call.put("/api/v1/cases/" + id, body);
        }));
        CASES.put(
                "transitionCase",
                one(w -> Call.post(
                        "/api/v1/cases/" + w.childCase(Names.unique("المرصود")) + "/transitions",
                        Map.of("to", "CONTACTED", "version", 0))));
        CASES.put("getCaseHistory", one(w -> Call.get("/api/v1/cases/" + w.childCase + "/history")));
        CASES.put("listCaseNotes", one(w -> Call.get("/api/v1/cases/" + w.childCase + "/notes")));
        CASES.put(
                "addCaseNote",
                one(w -> Call.post("/api/v1/cases/" + w.childCase + "/notes", Map.of("text", "زيارة منزلية"))));
        CASES.put(
                "enrolCase",
                one(w -> Call.post(
                        "/api/v1/cases/" + w.childCase(Names.unique("المرصود")) + "/enrolment",
                        Map.of("schoolYear", World.YEAR, "centreId", w.centreA, "enrolledOn", World.ENROLLED_ON))));
        CASES.put(
                "linkCase",
                one(w -> Call.post(
                        "/api/v1/cases/" + w.childCase(Names.unique("المرصود")) + "/link",
                        Map.of("learnerId", w.learner(Names.unique("المربوط"))))));
        CASES.put(
                "anonymiseCase",
                one(w -> Call.post(
                        "/api/v1/cases/" + w.childCase(Names.unique("المرصود")) + "/anonymisation",
                        Map.of("reason", "طلب الأسرة"))));
        // associations
        CASES.put(
                "listAssociations",
                page(w -> Call.get("/api/v1/associations", "q", w.associationAName), w -> w.associationA));
        CASES.put(
                "createAssociation",
                one(w -> Call.post("/api/v1/associations", Map.of("nameAr", Names.unique("جمعية")))));
        CASES.put("getAssociation", one(w -> Call.get("/api/v1/associations/" + w.associationA)));
        CASES.put(
                "updateAssociation",
                one(w -> Call.put(
                        "/api/v1/associations/" + w.associationA,
                        Map.of(
                                "nameAr",
                                w.associationAName,
                                "phone",
                                "+212 528 00 00 01",
                                "version",
                                w.version("/api/v1/associations/" + w.associationA)))));
        CASES.put("activateAssociation", one(w -> {
            long id = w.association();
            w.as("admin", Call.post("/api/v1/associations/" + id + "/deactivate", null))
                    .then()
                    .statusCode(200);
            return Call.post("/api/v1/associations/" + id + "/activate", null);
        }));
        CASES.put(
                "deactivateAssociation",
                one(w -> Call.post("/api/v1/associations/" + w.association() + "/deactivate", null)));
        // pupils at risk of dropping out, followed by associations
        CASES.put(
                "listAtRiskPupils", page(w -> Call.get("/api/v1/at-risk-pupils", "q", w.pupilLastName), w -> w.pupil));
        CASES.put(
                "followAtRiskPupil",
                one(w -> Call.post("/api/v1/at-risk-pupils", World.pupilInput(Names.unique("التلميذ")))));
        CASES.put("getAtRiskPupil", one(w -> Call.get("/api/v1/at-risk-pupils/" + w.pupil)));
        CASES.put("updateAtRiskPupil", one(w -> {
            String name = Names.unique("التلميذ");
            long id = w.pupil(name);
            Map<String, Object> body = new HashMap<>(World.pupilInput(name));
            body.put("version", 0);
            body.put("grade", "P6");
            return Call.put("/api/v1/at-risk-pupils/" + id, body);
        }));
        CASES.put(
                "recordAtRiskAction",
                one(w -> Call.post(
                        "/api/v1/at-risk-pupils/" + w.pupil + "/actions",
                        Map.of("actedOn", "2025-11-10", "action", "HOME_VISIT", "note", "زيارة"))));
        // audit
        CASES.put(
                "searchAuditEvents",
                new Case(
                        w -> Call.get("/api/v1/audit-events", "entityType", "learners", "entityId", w.learner),
                        w -> w.learner,
                        "entityId"));
        // centres
        CASES.put("listCentres", page(w -> Call.get("/api/v1/centres", "q", w.centreAName), w -> w.centreA));
        CASES.put(
                "createCentre",
                one(w -> Call.post("/api/v1/centres", World.centreInput(w.associationA, Names.unique("مركز")))));
        CASES.put("getCentre", one(w -> Call.get("/api/v1/centres/" + w.centreA)));
        CASES.put("updateCentre", one(w -> {
            Map<String, Object> body = new HashMap<>(World.centreInput(w.associationA, w.centreAName));
            body.put("version", w.version("/api/v1/centres/" + w.centreA));
            return Call.put("/api/v1/centres/" + w.centreA, body);
        }));
        CASES.put("activateCentre", one(w -> {
            long id = w.centre(w.associationA, Names.unique("مركز"));
            w.as("admin", Call.post("/api/v1/centres/" + id + "/deactivate", null))
                    .then()
                    .statusCode(200);
            return Call.post("/api/v1/centres/" + id + "/activate", null);
        }));
        CASES.put(
                "deactivateCentre",
                one(w -> Call.post(
                        "/api/v1/centres/" + w.centre(w.associationA, Names.unique("مركز")) + "/deactivate", null)));
        // reference data and the caller
        CASES.put("getClientConfig", one(w -> Call.get("/api/v1/config")));
        CASES.put("listDirectorates", one(w -> Call.get("/api/v1/directorates")));
        CASES.put("listCommunes", one(w -> Call.get("/api/v1/directorates/LAA/communes")));
        CASES.put("getMe", one(w -> Call.get("/api/v1/me")));
        CASES.put(
                "getEligibility",
                one(w -> Call.get("/api/v1/eligibility", "learnerId", w.learner, "schoolYear", World.YEAR)));
        // imports
        CASES.put("uploadImport", one(World::importCall));
        CASES.put("listImports", page(w -> Call.get("/api/v1/imports", "size", 100), w -> w.importJob));
        CASES.put("getImport", one(w -> Call.get("/api/v1/imports/" + w.importJob)));
        CASES.put("commitImport", one(w -> Call.post("/api/v1/imports/" + w.validatedImport() + "/commit", null)));
        CASES.put("previewImport", one(w -> Call.get("/api/v1/imports/" + w.previewableImport() + "/preview")));
        CASES.put("listImportErrors", one(w -> Call.get("/api/v1/imports/" + w.importJob + "/errors")));
        // learners
        CASES.put("searchLearners", page(w -> Call.get("/api/v1/learners", "q", w.learnerLastName), w -> w.learner));
        CASES.put(
                "registerLearner", one(w -> Call.post("/api/v1/learners", World.learnerInput(Names.unique("الجديد")))));
        CASES.put("getLearner", one(w -> Call.get("/api/v1/learners/" + w.learner)));
        CASES.put("updateLearner", one(w -> {
            String name = Names.unique("المحدث");
            long id = w.learner(name);
            Map<String, Object> body = new HashMap<>(World.learnerInput(name));
            body.put("version", 0);
            body.put("guardianPhone", "+212 600 00 00 09");
            return Call.put("/api/v1/learners/" + id, body);
        }));
        CASES.put(
                "anonymiseLearner",
                one(w -> Call.post(
                        "/api/v1/learners/" + w.learner(Names.unique("المجهول")) + "/anonymisation",
                        Map.of("reason", "طلب كتابي من الولي"))));
        // statistics
        CASES.put(
                "getBeneficiaryStatistics",
                one(w -> Call.get(
                        "/api/v1/statistics/beneficiaries",
                        "schoolYear",
                        World.YEAR,
                        "directorate",
                        "LAA",
                        "groupBy",
                        "PROGRAMME")));
        // the change feed (systems granted sync)
        CASES.put("getChanges", one(w -> Call.get("/api/v1/sync/changes", "limit", "1000")));
        // webhooks
        CASES.put("listWebhooks", one(w -> Call.get("/api/v1/webhooks")));
        CASES.put("createWebhook", one(w -> Call.post("/api/v1/webhooks", w.webhookInput())));
        CASES.put("getWebhook", one(w -> Call.get("/api/v1/webhooks/" + w.webhook)));
        CASES.put("updateWebhook", one(w -> {
            Map<String, Object> body = new HashMap<>(w.webhookInput());
            long id = w.freshWebhook();
            body.put("version", 0);
            body.put("description", "modifié");
            return Call.put("/api/v1/webhooks/" + id, body);
        }));
        CASES.put("deleteWebhook", one(w -> Call.delete("/api/v1/webhooks/" + w.freshWebhook())));
        CASES.put(
                "listWebhookDeliveries",
                page(w -> Call.get("/api/v1/webhooks/" + w.webhook + "/deliveries"), w -> w.webhookDelivery));
        CASES.put(
                "resendWebhookDelivery",
                one(w -> Call.post(
                        "/api/v1/webhooks/" + w.webhook + "/deliveries/" + w.webhookDelivery + "/resend", null)));
        CASES.put(
                "exportBeneficiaryStatistics",
                one(w -> Call.get(
                        "/api/v1/statistics/beneficiaries/export",
                        "schoolYear",
                        World.YEAR,
                        "directorate",
                        "LAA",
                        "groupBy",
                        "PROGRAMME",
                        "format",
                        "CSV")));
        CASES.put(
                "getOutreachFunnel",
                one(w -> Call.get(
                        "/api/v1/statistics/outreach",
                        "schoolYear",
                        World.YEAR,
                        "directorate",
                        "LAA",
                        "groupBy",
                        "CAMPAIGN")));
        CASES.put(
                "getAgreementProgress",
                one(w -> Call.get("/api/v1/statistics/agreements", "schoolYear", World.YEAR, "directorate", "LAA")));
        CASES.put(
                "exportOutreachFunnel",
                one(w -> Call.get(
                        "/api/v1/statistics/outreach/export",
                        "schoolYear",
                        World.YEAR,
                        "directorate",
                        "LAA",
                        "groupBy",
                        "CAMPAIGN",
                        "format",
                        "CSV")));
        CASES.put(
                "exportAgreementProgress",
                one(w -> Call.get(
                        "/api/v1/statistics/agreements/export", "schoolYear", World.YEAR, "directorate", "LAA")));
        CASES.put(
                "getOutcomeStatistics",
                one(w -> Call.get(
                        "/api/v1/statistics/outcomes",
                        "schoolYear",
                        World.YEAR,
                        "directorate",
                        "LAA",
                        "groupBy",
                        "PROGRAMME")));
        CASES.put(
                "exportOutcomeStatistics",
                one(w -> Call.get(
                        "/api/v1/statistics/outcomes/export",
                        "schoolYear",
                        World.YEAR,
                        "directorate",
                        "LAA",
                        "format",
                        "CSV")));
        CASES.put(
                "getOccupancyStatistics",
                one(w -> Call.get("/api/v1/statistics/occupancy", "schoolYear", World.YEAR, "directorate", "LAA")));
        CASES.put(
                "exportOccupancyStatistics",
                one(w -> Call.get(
                        "/api/v1/statistics/occupancy/export", "schoolYear", World.YEAR, "directorate", "LAA")));
        // placements
        CASES.put(
                "listPlacements", page(w -> Call.get("/api/v1/placements", "learnerId", w.learner), w -> w.placement));
        CASES.put(
                "placeLearner",
                one(w -> Call.post(
                        "/api/v1/placements", World.placementInput(w.learner(Names.unique("الموجه")), w.centreA))));
        CASES.put("getPlacement", one(w -> Call.get("/api/v1/placements/" + w.placement)));
        CASES.put(
                "endPlacement",
                one(w -> Call.post(
                        "/api/v1/placements/" + w.freshPlacement() + "/end", Map.of("outcome", "COMPLETED"))));
        CASES.put(
                "transferPlacement",
                one(w -> Call.post(
                        "/api/v1/placements/" + w.freshPlacement() + "/transfer",
                        Map.of("centreId", w.centreA2, "transferredOn", World.TRANSFERRED_ON))));
        // school years
        CASES.put("listSchoolYears", one(w -> Call.get("/api/v1/school-years")));
        CASES.put("createSchoolYear", one(w -> Call.post("/api/v1/school-years", w.schoolYearInput())));
        CASES.put("getSchoolYear", one(w -> Call.get("/api/v1/school-years/" + w.schoolYear)));
        CASES.put(
                "setDirectorateAgeBand",
                one(w -> Call.put(
                        "/api/v1/school-years/" + w.schoolYear() + "/age-bands/NFE_BASIC",
                        Map.of("minAge", 8, "maxAge", 16))));
        CASES.put("clearDirectorateAgeBand", one(w -> {
            long id = w.schoolYear();
            w.as(
                            "admin",
                            Call.put(
                                    "/api/v1/school-years/" + id + "/age-bands/NFE_BASIC",
                                    Map.of("minAge", 8, "maxAge", 16)))
                    .then()
                    .statusCode(200);
            return Call.delete("/api/v1/school-years/" + id + "/age-bands/NFE_BASIC");
        }));
        // support activities
        CASES.put(
                "listSupportActivities",
                page(w -> Call.get("/api/v1/support-activities", "centreId", w.centreA), w -> w.activity));
        CASES.put("recordSupportActivity", one(w -> Call.post("/api/v1/support-activities", w.activityInput())));
        CASES.put("getSupportActivity", one(w -> Call.get("/api/v1/support-activities/" + w.activity)));
        CASES.put("updateSupportActivity", one(w -> {
            long id = w.activity();
            Map<String, Object> body = new HashMap<>(w.activityInput());
            body.put("version", 0);
            return Call.put("/api/v1/support-activities/" + id, body);
        }));
    }

    @Test
    void everyOperationAnswersEveryCallerAsTheMatrixSays() {
        Map<String, Operations.Operation> operations = Operations.fromContract();
        Map<String, Map<String, String>> matrix = readMatrix();

        TreeSet<String> missing = new TreeSet<>(operations.keySet());
        missing.removeAll(matrix.keySet());
        assertTrue(missing.isEmpty(), "operations of openapi.yaml without a row in role-matrix.txt: " + missing);
        TreeSet<String> stale = new TreeSet<>(matrix.keySet());
        stale.removeAll(operations.keySet());
        assertTrue(stale.isEmpty(), "rows of role-matrix.txt for operations openapi.yaml no longer has: " + stale);
        TreeSet<String> untested = new TreeSet<>(operations.keySet());
        untested.removeAll(CASES.keySet());
        assertTrue(untested.isEmpty(), "operations RoleMatrixTest does not know how to call: " + untested);

        World world = World.get();
        Map<String, Map<String, String>> actual = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Map.Entry<String, Case> entry : CASES.entrySet()) {
            String operationId = entry.getKey();
            Operations.Operation operation = operations.get(operationId);
            for (String caller : World.CALLERS) {
                Call call = entry.getValue().call().apply(world);
                assertTrue(
                        operation.matches(call.method(), call.path()),
                        operationId + " is " + operation + " but its case calls " + call.method() + " " + call.path());
                Response response = world.as(caller, call);
                calls++;
                String got = outcome(entry.getValue(), world, response);
                actual.computeIfAbsent(operationId, k -> new LinkedHashMap<>()).put(caller, got);
                String expected = matrix.get(operationId).get(caller);
                if (!expected.equals(got)) {
                    wrong.add(operationId + " as " + caller + ": expected " + expected + ", got " + got
                            + (response.statusCode() >= 400 ? " " + response.asString() : ""));
                }
                if (response.statusCode() >= 400) {
                    assertEquals(
                            "application/problem+json",
                            response.contentType().replaceAll(";.*", ""),
                            operationId + " as " + caller + " answered " + response.statusCode()
                                    + " without problem+json");
                }
            }
        }
        world.settleImports();
        System.out.println("ROLE MATRIX: " + operations.size() + " operations x " + World.CALLERS.size() + " callers = "
                + calls + " calls checked");
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " answers differ from role-matrix.txt:\n  " + String.join("\n  ", wrong)
                    + "\nWhat the API answered:\n" + format(actual));
        }
    }

    private static String outcome(Case c, World world, Response response) {
        String status = Integer.toString(response.statusCode());
        if (c.listed() == null || response.statusCode() != 200) {
            return status;
        }
        List<Long> ids = response.jsonPath().getList("items." + c.idField(), Long.class);
        return status + (ids.contains(c.listed().applyAsLong(world)) ? "+" : "-");
    }

    static Map<String, Map<String, String>> readMatrix() {
        Map<String, Map<String, String>> matrix = new LinkedHashMap<>();
        try (InputStream in = RoleMatrixTest.class.getResourceAsStream("role-matrix.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] cells = trimmed.split("\\s+");
                assertEquals(
                        World.CALLERS.size() + 1,
                        cells.length,
                        "role-matrix.txt: a row needs one cell per caller: " + line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < World.CALLERS.size(); i++) {
                    row.put(World.CALLERS.get(i), cells[i + 1]);
                }
                if (matrix.put(cells[0], row) != null) {
                    fail("role-matrix.txt has two rows for " + cells[0]);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return matrix;
    }

    private static String format(Map<String, Map<String, String>> actual) {
        StringBuilder out = new StringBuilder();
        actual.forEach((operation, row) -> {
            out.append(String.format("%-28s", operation));
            row.values().forEach(v -> out.append(String.format(" %-5s", v)));
            out.append('\n');
        });
        return out.toString();
    }
}
