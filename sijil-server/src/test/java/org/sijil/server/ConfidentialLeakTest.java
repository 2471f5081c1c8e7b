package org.sijil.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.model.doc.MediaType;
import org.sijil.server.core.IncidentPipeline;
import org.sijil.store.DocumentStore;
import org.sijil.store.SqliteDocumentStore;
import org.sijil.store.StoreConfig;
import org.sijil.store.account.Role;
import org.sijil.store.sensitivity.ConfidentialKind;
import org.sijil.store.sensitivity.SqliteSensitivityStore;

/**
 * The leak test: 200 confidential canary names, written into reports (text, titles, sources) and
 * marked confidential, must reach no caller without clearance through any route — lists, details,
 * search hits and snippets, facet values and filters, statistics, review, exports, problems — while
 * callers with clearance do see them (so that the test can fail).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfidentialLeakTest {
  private static final int CANARIES = 200;
  private static final int PER_DOCUMENT = 10;

  @TempDir static Path dir;

  private final ObjectMapper mapper = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<String> canaries = new ArrayList<>();
  private final Map<String, String> tokens = new LinkedHashMap<>();
  private SijilServer server;

  @BeforeAll
  void start() {
    Random random = new Random(6962);
    Set<String> names = new LinkedHashSet<>();
    while (names.size() < CANARIES) {
      names.add(invented(random) + " " + invented(random));
    }
    canaries.addAll(names);
    try (DocumentStore store = SqliteDocumentStore.open(StoreConfig.at(dir))) {
      for (int d = 0; d < CANARIES / PER_DOCUMENT; d++) {
        List<String> c = canaries.subList(d * PER_DOCUMENT, (d + 1) * PER_DOCUMENT);
        String text =
            String.format(
                Locale.ROOT,
                "Gunmen abducted %s and %s near Raqqa on %d March 2024, according to witness %s."
                    + " %s, %s and %s were killed when an airstrike hit the market in Hasakah."
                    + " Relatives said %s was detained at a checkpoint; %s told reporters that %s"
                    + " had fled.",
                c.get(0),
                c.get(1),
                1 + d,
                c.get(2),
                c.get(3),
                c.get(4),
                c.get(5),
                c.get(6),
                c.get(7),
                c.get(8),
                c.get(9));
        store.put(
            TestRecord.doc(
                "leak-" + d,
                "Network of " + c.get(9),
                LocalDate.of(2024, 3, 2 + d),
                text,
                MediaType.TEXT_PLAIN));
      }
      new IncidentPipeline().resolve(store);
    }
    try (SqliteSensitivityStore marks = SqliteSensitivityStore.open(StoreConfig.at(dir))) {
      ConfidentialKind[] kinds = ConfidentialKind.values();
      for (int i = 0; i < canaries.size(); i++) {
        marks.mark(canaries.get(i), kinds[i % kinds.length], "test");
      }
    }
    for (Role r : Role.values()) {
      tokens.put(r.id(), TestAccounts.token(dir, r.id(), r));
    }
    tokens.put("anonymous", null);
    server =
        SijilServer.builder().dataDir(dir).port(0).trustSettings(TestAccounts.FAST).build().start();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  /** A made-up name part no dictionary word contains. */
  private static String invented(Random random) {
    String consonants = "bdfghjklmnqrstvwxz";
    String vowels = "aeiou";
    StringBuilder b = new StringBuilder();
    b.append(Character.toUpperCase(consonants.charAt(random.nextInt(consonants.length()))));
    for (int i = 0; i < 3; i++) {
      b.append(vowels.charAt(random.nextInt(vowels.length())));
      b.append(consonants.charAt(random.nextInt(consonants.length())));
    }
    return b.append("qz").toString();
  }

  private HttpResponse<String> get(String role, String path) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)));
    String token = tokens.get(role);
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Every route a reader can call, with ids and canaries filled in; errors included. */
  private List<String> endpoints() throws Exception {
    List<String> out = new ArrayList<>();
    out.add("/api/v1/documents?limit=1000");
    for (int d = 0; d < CANARIES / PER_DOCUMENT; d++) {
      out.add("/api/v1/documents/leak-" + d);
      out.add("/api/v1/documents/leak-" + d + "/original");
    }
    out.add("/api/v1/events?limit=1000");
    out.add("/api/v1/stats");
    out.add("/api/v1/sources");
    out.add("/api/v1/incidents?limit=1000");
    JsonNode incidents = mapper.readTree(get("admin", "/api/v1/incidents?limit=1000").body());
    for (JsonNode i : incidents.get("hits")) {
      out.add("/api/v1/incidents/" + i.get("id").asText());
      out.add("/api/v1/review/incident/" + i.get("id").asText());
    }
    out.add("/api/v1/search?q=abducted&limit=100");
    out.add("/api/v1/search?q=market&limit=100");
    out.add("/api/v1/export/events.csv");
    out.add("/api/v1/export/events.geojson");
    out.add("/api/v1/export/events.jsonl");
    out.add("/api/v1/review/queue?limit=1000");
    out.add("/api/v1/confidential");
    out.add("/api/v1/session");
    out.add("/api/v1/audit/head");
    // every response is checked for all 200 canaries; these routes echo one canary each, a quarter
    // of them, to keep the test quick
    for (String c :
        canaries.subList(0, CANARIES).stream().filter(x -> canaries.indexOf(x) % 4 == 0).toList()) {
      String e = URLEncoder.encode(c, StandardCharsets.UTF_8).replace("+", "%20");
      out.add("/api/v1/search?q=" + e);
      out.add("/api/v1/events?actor=" + e + "&limit=1000");
      out.add("/api/v1/events?source=Network%20of%20" + e);
      out.add("/api/v1/documents/" + e);
      out.add("/api/v1/incidents/" + e);
      out.add("/api/v1/events?from=" + e);
      out.add("/api/v1/review/event/" + e);
      out.add("/api/v1/no-such-route/" + e);
    }
    return out;
  }

  @Test
  void noConfidentialValueReachesARoleWithoutClearanceThroughAnyRoute() throws Exception {
    List<String> endpoints = endpoints();
    Map<String, Integer> leaks = new LinkedHashMap<>();
    Map<String, Set<String>> seen = new LinkedHashMap<>();
    int redactedResponses = 0;
    for (String role : tokens.keySet()) {
      Set<String> found = new LinkedHashSet<>();
      for (String path : endpoints) {
        HttpResponse<String> r = get(role, path);
        String body =
            normalised(r.body()) + " " + normalised(String.join(" ", r.headers().map().toString()));
        for (String c : canaries) {
          if (body.contains(c.toLowerCase(Locale.ROOT))) {
            found.add(c);
            if (!cleared(role)) {
              leaks.merge(role + " " + path.replaceAll("\\?.*", "?…"), 1, Integer::sum);
            }
          }
        }
        if (r.body().contains("[redacted]")) {
          redactedResponses++;
        }
      }
      seen.put(role, found);
    }
    assertThat(leaks).as("leaks by role and route").isEmpty();
    assertThat(seen.get("admin")).hasSize(CANARIES);
    assertThat(seen.get("analyst")).hasSize(CANARIES);
    assertThat(seen.get("viewer")).isEmpty();
    assertThat(seen.get("anonymous")).isEmpty();
    assertThat(redactedResponses).isGreaterThan(CANARIES);
  }

  private static boolean cleared(String role) {
    return role.equals("admin") || role.equals("analyst");
  }

  /** Lower case, URL-decoded where possible, JSON escapes of white space undone, spaces single. */
  private static String normalised(String body) {
    String s = body;
    try {
      s = s + " " + URLDecoder.decode(body.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      s = s + " " + body.replace("%20", " ");
    }
    return s.replace("\\n", " ")
        .replace("\\t", " ")
        .replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
  }
}
