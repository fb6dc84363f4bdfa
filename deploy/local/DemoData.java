import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads demo data into a running local platform through its public REST APIs, as the demo users
 * would. Run by deploy/local/platform.sh as {@code java deploy/local/DemoData.java}: a single-file
 * Java 17 program without dependencies, so it needs no build.
 *
 * <p>Each {@link Step} checks whether its data is already there, so running it twice is harmless.
 * To load more, add a step to {@link #STEPS}.
 *
 * <p>Settings (environment): KEYCLOAK_URL, ASSOCIATIONS_URL, GRANTS_URL, REPORTING_URL.
 * On failure it prints one line with the reason on stderr and exits with 1.
 */
public class DemoData {

    interface Step {
        String name();

        boolean alreadyLoaded(Api api);

        void load(Api api);
    }

    static final List<Step> STEPS = List.of(new Associations(), new MembersAndReports(), new Programmes(), new FundingCycle());

    public static void main(String[] args) {
        Api api = new Api(Config.fromEnv());
        try {
            for (Step step : STEPS) {
                if (step.alreadyLoaded(api)) {
                    System.out.println(step.name() + ": already loaded, skipped");
                } else {
                    step.load(api);
                    System.out.println(step.name() + ": loaded");
                }
            }
        } catch (DemoDataException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    // ------------------------------------------------------------------ steps

    /** Three associations, one per region, registered by the applicants assoc1 and assoc2. */
    static final class Associations implements Step {
        static final Map<String, Object> REDCAMIF = json(
                "name", "Red Centroamericana de Microfinanzas",
                "acronym", "REDCAMIF",
                "country", "NI",
                "region", "LATIN_AMERICA_CARIBBEAN",
                "legalForm", "Network",
                "foundedYear", 2001,
                "website", "https://example.org/redcamif",
                "contactEmail", "info@redcamif.example.org");
        static final Map<String, Object> KENYA = json(
                "name", "Association of Microfinance Institutions of Kenya",
                "acronym", "AMFIK",
                "country", "KE",
                "region", "AFRICA",
                "legalForm", "Association",
                "foundedYear", 1999,
                "website", "https://example.org/amfik",
                "contactEmail", "info@amfik.example.org");
        static final Map<String, Object> CAMBODIA = json(
                "name", "Cambodia Microfinance Network",
                "acronym", "CMFN",
                "country", "KH",
                "region", "ASIA",
                "legalForm", "Network",
                "foundedYear", 2004,
                "website", "https://example.org/cmfn",
                "contactEmail", "info@cmfn.example.org");

        @Override
        public String name() {
            return "associations";
        }

        /** The first association stands for the whole step: they are loaded together. */
        @Override
        public boolean alreadyLoaded(Api api) {
            String name = (String) REDCAMIF.get("name");
            String page = api.get("assoc1", api.config.associationsUrl + "/api/associations?q=" + encode(name));
            return Pattern.compile("\"name\"\\s*:\\s*\"" + Pattern.quote(escape(name)) + "\"").matcher(page).find();
        }

        @Override
        public void load(Api api) {
            String url = api.config.associationsUrl + "/api/associations";
            api.post("assoc1", url, REDCAMIF);
            api.post("assoc2", url, KENYA);
            api.post("assoc2", url, CAMBODIA);
        }
    }


    /**
     * Four member MFIs per association, SP reports for 2025 from three of them (transparency 0.75),
     * and verification by pm1 of the Central American and Kenyan networks (not the Cambodian one).
     */
    static final class MembersAndReports implements Step {
        static final String YEAR = "2025";

        @Override
        public String name() {
            return "members, SP reports and verification";
        }

        @Override
        public boolean alreadyLoaded(Api api) {
            String id = api.associationId("Red Centroamericana de Microfinanzas");
            return !api.get("assoc1", api.config.associationsUrl + "/api/associations/" + id + "/members")
                    .contains("\"total\":0");
        }

        @Override
        public void load(Api api) {
            members(api, "assoc1", "Red Centroamericana de Microfinanzas", "NI", "NIO",
                    "FUNDESER", "Fundación Leon 2000", "ProMujer Nicaragua", "MiCredito");
            members(api, "assoc2", "Association of Microfinance Institutions of Kenya", "KE", "KES",
                    "Faulu Microfinance", "KWFT", "SMEP", "Musoni");
            members(api, "assoc2", "Cambodia Microfinance Network", "KH", "KHR",
                    "AMK", "Prasac", "Sathapana", "Hattha Kaksekar");
            verify(api, "Red Centroamericana de Microfinanzas");
            verify(api, "Association of Microfinance Institutions of Kenya");
        }

        private static void members(Api api, String owner, String association, String country, String currency,
                String... names) {
            String base = api.config.associationsUrl + "/api/associations/" + api.associationId(association) + "/members";
            for (int i = 0; i < names.length; i++) {
                String member = field(api.post(owner, base, json("name", names[i], "country", country,
                        "legalForm", "MFI", "joinedYear", 2010 + i)), "id");
                if (i < 3) {
                    api.put(owner, base + "/" + member + "/sp-reports/" + YEAR, json(
                            "activeBorrowers", 20000 + 15000 * i,
                            "womenBorrowersPct", 55 + 10 * i,
                            "ruralBorrowersPct", 40 + 12 * i,
                            "grossLoanPortfolio", 4000000 + 2500000 * i,
                            "currency", currency,
                            "clientRetentionRatePct", 72 + 4 * i,
                            "portfolioAtRisk30Pct", 3.5 + i,
                            "hasSocialMission", true,
                            "boardSpCommittee", i != 1,
                            "clientProtectionEndorsed", true,
                            "povertyMeasurementTool", i == 0 ? "PPI" : "NONE",
                            "nonFinancialServices", List.of("financial education", "health insurance"),
                            "staffTurnoverPct", 18 - 2 * i));
                }
            }
        }

        private static void verify(Api api, String association) {
            api.post("pm1", api.config.associationsUrl + "/api/associations/" + api.associationId(association)
                    + "/verification", json("verified", true, "note", "Statutes, member list and audited accounts checked"));
        }
    }

    /** donor1's innovation fund (USD, verified associations only) and donor2's client-protection window (EUR). */
    static final class Programmes implements Step {
        static final String INNOVATION = "SPTF Associations Innovation Fund 2026";
        static final String PROTECTION = "Client Protection Training Window";

        @Override
        public String name() {
            return "programmes";
        }

        @Override
        public boolean alreadyLoaded(Api api) {
            return api.get("donor1", api.config.grantsUrl + "/api/programmes?size=100").contains(INNOVATION);
        }

        @Override
        public void load(Api api) {
            LocalDate today = LocalDate.now();
            List<Object> rubric = List.of(
                    json("criterion", "relevance to social performance", "weight", 0.4, "maxScore", 10),
                    json("criterion", "feasibility and budget", "weight", 0.35, "maxScore", 10),
                    json("criterion", "sustainability", "weight", 0.25, "maxScore", 10));
            publish(api, "donor1", json("name", INNOVATION,
                    "description", "Innovation grants for associations that require transparency from their members",
                    "donorName", "Example Foundation", "currency", "USD", "budget", 500000, "maxGrant", 60000,
                    "windows", List.of("INNOVATION", "CAPACITY_BUILDING", "INFORMATION_SYSTEMS"),
                    "opensOn", today.minusDays(30).toString(), "closesOn", today.plusDays(60).toString(),
                    "eligibility", json("requireVerified", true, "minTransparencyRate", 0.5, "minMemberCount", 3),
                    "rubric", rubric));
            publish(api, "donor2", json("name", PROTECTION,
                    "description", "Training and technical assistance for member MFIs on client protection",
                    "donorName", "Example Development Agency", "currency", "EUR", "budget", 200000, "maxGrant", 40000,
                    "windows", List.of("MEMBER_TRAINING", "SPM_OFFICER"),
                    "opensOn", today.minusDays(10).toString(), "closesOn", today.plusDays(80).toString(),
                    "eligibility", json("regions", List.of("AFRICA", "ASIA"), "requireVerified", false,
                            "minMemberCount", 2),
                    "rubric", rubric));
        }

        private static void publish(Api api, String donor, Map<String, Object> programme) {
            String id = field(api.post(donor, api.config.grantsUrl + "/api/programmes", programme), "id");
            api.post(donor, api.config.grantsUrl + "/api/programmes/" + id + "/publish", null);
        }
    }

    /**
     * The funding cycle: an award with one tranche paid and one to come, an award whose tranche is
     * overdue, a rejection, an application waiting for both reviewers' scores, and one waiting for screening.
     */
    static final class FundingCycle implements Step {

        @Override
        public String name() {
            return "applications, reviews, awards and disbursements";
        }

        @Override
        public boolean alreadyLoaded(Api api) {
            return !api.get("pm1", api.config.grantsUrl + "/api/applications").contains("\"total\":0");
        }

        @Override
        public void load(Api api) {
            String innovation = api.programmeId("donor1", Programmes.INNOVATION);
            String protection = api.programmeId("donor2", Programmes.PROTECTION);
            String redcamif = api.associationId("Red Centroamericana de Microfinanzas");
            String kenya = api.associationId("Association of Microfinance Institutions of Kenya");
            String cambodia = api.associationId("Cambodia Microfinance Network");
            // eligibility reads grants-service's own copy of these facts, which follows the events
            api.awaitFacts(redcamif, "\"verified\":true", "\"memberCount\":4", "\"transparencyYear\":2025");
            api.awaitFacts(kenya, "\"verified\":true", "\"memberCount\":4");
            api.awaitFacts(cambodia, "\"memberCount\":4");
            LocalDate today = LocalDate.now();

            String mis = submitted(api, "assoc1", innovation, redcamif, "Member SP data platform",
                    "INFORMATION_SYSTEMS", List.of("MEMBER_TRANSPARENCY", "KNOWLEDGE_BASE"), 45000, 30000, 15000);
            reviewed(api, mis, 9, 8);
            String grant = field(api.post("donor1", api.config.grantsUrl + "/api/applications/" + mis + "/decision",
                    json("outcome", "AWARD", "amount", 40000, "reason", "Strong member transparency plan")), "grantId");
            String first = tranche(api, grant, 20000, today, "Data platform specified");
            tranche(api, grant, 20000, today.plusDays(90), "Platform live with 4 members reporting");
            paid(api, grant, first, "donor1", today);

            String training = submitted(api, "assoc2", protection, kenya, "Client protection training of trainers",
                    "MEMBER_TRAINING", List.of("MEMBER_CAPACITY", "STANDARDS_OF_PRACTICE"), 25000, 18000, 7000);
            reviewed(api, training, 8, 7);
            String kenyaGrant = field(api.post("donor2", api.config.grantsUrl + "/api/applications/" + training
                    + "/decision", json("outcome", "AWARD", "amount", 25000, "reason", "Fits the window")), "grantId");
            tranche(api, kenyaGrant, 12500, today, "Trainers selected");

            String rejected = submitted(api, "assoc2", innovation, kenya, "Advocacy campaign on responsible pricing",
                    "CAPACITY_BUILDING", List.of("LOCAL_AMBASSADOR"), 58000, 40000, 18000);
            reviewed(api, rejected, 4, 5);
            api.post("donor1", api.config.grantsUrl + "/api/applications/" + rejected + "/decision",
                    json("outcome", "REJECT", "reason", "Outside the innovation focus of this call"));

            String spmOfficer = submitted(api, "assoc2", protection, cambodia, "SPM officer for the network",
                    "SPM_OFFICER", List.of("MEMBER_CAPACITY"), 30000, 24000, 6000);
            underReview(api, spmOfficer);

            submitted(api, "assoc2", protection, kenya, "Client protection refresher for loan officers",
                    "MEMBER_TRAINING", List.of("MEMBER_CAPACITY", "LOCAL_AMBASSADOR"), 20000, 14000, 6000);
        }

        private static String submitted(Api api, String owner, String programme, String association, String title,
                String window, List<String> strategies, int requested, int staff, int other) {
            String id = field(api.post(owner, api.config.grantsUrl + "/api/applications", json(
                    "programmeId", programme, "associationId", association, "title", title,
                    "summary", title + ": what the association will do, with whom and why it raises members' SP",
                    "window", window, "strategies", strategies, "requestedAmount", requested,
                    "budgetLines", List.of(json("category", "staff", "description", "people", "amount", staff),
                            json("category", "other", "description", "travel and materials", "amount", other)),
                    "outcomes", List.of(json("indicator", "members reporting SP data", "baseline", "50%",
                            "target", "90%")),
                    "durationMonths", 18)), "id");
            api.post(owner, api.config.grantsUrl + "/api/applications/" + id + "/submit", null);
            return id;
        }

        /** Screened eligible, with reviewer1 and reviewer2 assigned. */
        private static void underReview(Api api, String application) {
            String base = api.config.grantsUrl + "/api/applications/" + application;
            api.post("pm1", base + "/screening", json("eligible", true, "note", "All documents present"));
            api.post("pm1", base + "/reviewers", json("subjects",
                    List.of(api.subject("reviewer1"), api.subject("reviewer2"))));
        }

        private static void reviewed(Api api, String application, int first, int second) {
            String base = api.config.grantsUrl + "/api/applications/" + application;
            underReview(api, application);
            int[] scores = { first, second };
            String[] reviewers = { "reviewer1", "reviewer2" };
            for (int i = 0; i < 2; i++) {
                api.put(reviewers[i], base + "/reviews/mine", json("conflictOfInterest", false,
                        "scores", List.of(json("criterion", "relevance to social performance", "score", scores[i]),
                                json("criterion", "feasibility and budget", "score", scores[i] - 1),
                                json("criterion", "sustainability", "score", scores[i])),
                        "comment", "Reviewed against the rubric",
                        "recommendation", scores[i] >= 6 ? "AWARD" : "REJECT"));
            }
        }

        private static String tranche(Api api, String grant, int amount, LocalDate due, String milestone) {
            return field(api.post("pm1", api.config.grantsUrl + "/api/grants/" + grant + "/tranches",
                    json("amount", amount, "dueDate", due.toString(), "milestone", milestone)), "id");
        }

        private static void paid(Api api, String grant, String tranche, String donor, LocalDate on) {
            String base = api.config.grantsUrl + "/api/grants/" + grant + "/tranches/" + tranche;
            api.post("pm1", base + "/disbursement-request", null);
            api.post(donor, base + "/approve", null);
            api.post("pm1", base + "/payment", json("paidOn", on.toString(), "reference", "DEMO-" + on));
        }
    }

    // ------------------------------------------------------------------ plumbing

    record Config(String keycloakUrl, String associationsUrl, String grantsUrl, String reportingUrl) {
        static Config fromEnv() {
            return new Config(
                    env("KEYCLOAK_URL", "http://127.0.0.1:8180"),
                    env("ASSOCIATIONS_URL", "http://127.0.0.1:8081"),
                    env("GRANTS_URL", "http://127.0.0.1:8082"),
                    env("REPORTING_URL", "http://127.0.0.1:8083"));
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }

    static final class DemoDataException extends RuntimeException {
        DemoDataException(String message) {
            super(message);
        }
    }

    /** HTTP calls as a demo user, with one access token per user (they live an hour in the demo realm). */
    static final class Api {
        private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

        final Config config;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final Map<String, String> tokens = new HashMap<>();

        Api(Config config) {
            this.config = config;
        }

        String get(String user, String url) {
            return send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token(user))
                    .header("Accept", "application/json")
                    .GET(), user);
        }

        /** Returns the response body (the created resource, where the API sends it back); no body when null. */
        String post(String user, String url, Map<String, Object> body) {
            return send(withBody(user, url, body).POST(body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(toJson(body))), user);
        }

        String put(String user, String url, Map<String, Object> body) {
            return send(withBody(user, url, body).PUT(HttpRequest.BodyPublishers.ofString(toJson(body))), user);
        }

        private HttpRequest.Builder withBody(String user, String url, Map<String, Object> body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token(user))
                    .header("Accept", "application/json");
            return body == null ? request : request.header("Content-Type", "application/json");
        }

        /** The id of the (first) association whose name contains this one. */
        String associationId(String name) {
            return field(get("pm1", config.associationsUrl + "/api/associations?q=" + encode(name)), "id");
        }

        String programmeId(String donor, String name) {
            String page = get(donor, config.grantsUrl + "/api/programmes?size=100");
            int at = page.indexOf("\"name\":\"" + escape(name) + "\"");
            if (at < 0) {
                throw new DemoDataException("programme " + name + " not found for " + donor);
            }
            return field(page.substring(page.lastIndexOf("{\"id\"", at)), "id");
        }

        /** The OIDC subject of a demo user, read from their access token. */
        String subject(String user) {
            String payload = token(user).split("\\.")[1];
            return field(new String(java.util.Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8), "sub");
        }

        /** Waits until grants-service's copy of an association's facts shows every fragment. */
        void awaitFacts(String association, String... fragments) {
            String url = config.grantsUrl + "/api/associations/" + association;
            long deadline = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < deadline) {
                String facts;
                try {
                    facts = get("pm1", url);
                } catch (DemoDataException notYetKnown) {
                    facts = "";
                }
                String found = facts;
                if (List.of(fragments).stream().allMatch(found::contains)) {
                    return;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new DemoDataException("interrupted while waiting for " + url);
                }
            }
            throw new DemoDataException("grants-service did not learn " + List.of(fragments) + " of " + url
                    + " within 60 s");
        }

        /** Password grant on the public client grants-portal; the demo password is the user name. */
        private String token(String user) {
            return tokens.computeIfAbsent(user, u -> {
                String form = "grant_type=password&client_id=grants-portal&username=" + encode(u) + "&password=" + encode(u);
                String body = send(HttpRequest.newBuilder(
                                URI.create(config.keycloakUrl + "/realms/grants/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)), u);
                Matcher m = ACCESS_TOKEN.matcher(body);
                if (!m.find()) {
                    throw new DemoDataException("no access_token in Keycloak's answer for " + u);
                }
                return m.group(1);
            });
        }

        private String send(HttpRequest.Builder request, String user) {
            HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
            String call = built.method() + " " + built.uri() + " as " + user;
            HttpResponse<String> response;
            try {
                response = http.send(built, HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException e) {
                throw new DemoDataException(call + ": connection refused");
            } catch (IOException e) {
                throw new DemoDataException(call + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoDataException(call + ": interrupted");
            }
            if (response.statusCode() / 100 != 2) {
                throw new DemoDataException(call + ": HTTP " + response.statusCode() + " " + oneLine(response.body()));
            }
            return response.body();
        }
    }

    /** An insertion-ordered JSON object from alternating keys and values. */
    static Map<String, Object> json(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    /** The first string value of a field in a JSON document: enough to follow ids from answer to request. */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new DemoDataException("no \"" + name + "\" in " + oneLine(json));
        }
        return m.group(1);
    }

    /** Strings, numbers, booleans, null, lists and nested objects: all the request bodies need. */
    @SuppressWarnings("unchecked")
    static String toJson(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (Object item : list) {
                out.append(out.length() > 1 ? "," : "").append(toJson(item));
            }
            return out.append(']').toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            ((Map<String, Object>) map).forEach((k, v) ->
                    out.append(out.length() > 1 ? "," : "").append('"').append(escape(k)).append("\":").append(toJson(v)));
            return out.append('}').toString();
        }
        return '"' + escape(value.toString()) + '"';
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String oneLine(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }
}
