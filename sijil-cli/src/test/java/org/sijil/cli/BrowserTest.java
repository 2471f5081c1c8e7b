package org.sijil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.server.SijilServer;

/**
 * The web UI in Debian's Chromium, over the demo data ingested by the real {@code demo} command:
 * filtering on the map and timeline, an incident's highlighted evidence, and script payloads in a
 * report shown as text. Screenshots go to {@code target/screenshots/}. Fails (does not skip) when
 * Chromium is missing; {@code -Dsijil.browser.skip=true} is the explicit opt-out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir static Path tmp;

  private SijilServer server;
  private Playwright playwright;
  private Browser browser;
  private BrowserContext context;
  private String session;
  private Page page;
  private final List<String> consoleErrors = new ArrayList<>();
  private final List<String> pageErrors = new ArrayList<>();
  private final List<String> dialogs = new ArrayList<>();
  private final List<String> offsiteRequests = new ArrayList<>();

  @BeforeAll
  void startServerAndBrowser() throws Exception {
    Assumptions.assumeFalse(
        Boolean.getBoolean("sijil.browser.skip"),
        "browser tests skipped: -Dsijil.browser.skip=true");
    if (!Files.isExecutable(CHROMIUM)) {
      fail(
          "expected Chromium at "
              + CHROMIUM
              + ", found none: install it (apt-get install chromium) or opt out with"
              + " -Dsijil.browser.skip=true");
    }
    Path db = tmp.resolve("demo");
    CliRun demo = CliRun.of("demo", "--db", db.toString(), "--examples", "../examples/reports");
    assertThat(demo.exitCode()).as(demo.err()).isZero();
    Path hostile = Path.of("src/test/resources/browser/hostile-report.txt");
    CliRun ingest = CliRun.of("ingest", "--db", db.toString(), hostile.toString());
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    CliRun resolve = CliRun.of("resolve", "--db", db.toString());
    assertThat(resolve.exitCode()).as(resolve.err()).isZero();
    server = SijilServer.builder().dataDir(db).port(0).build().start();
    session = logIn(server.takeFirstAdmin().orElseThrow().oneTimePassword());

    Files.createDirectories(SCREENSHOTS);
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-background-networking")));
  }

  @BeforeEach
  void openPage() {
    // Logged in by cookie, as after the login form: the pages under test never see a 401.
    // Each test answers for its own page only.
    consoleErrors.clear();
    pageErrors.clear();
    dialogs.clear();
    offsiteRequests.clear();
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768));
    context.addCookies(List.of(new Cookie("sijil_session", session).setUrl(server.url())));
    page = context.newPage();
    page.onConsoleMessage(
        (ConsoleMessage m) -> {
          if (m.type().equals("error")) {
            consoleErrors.add(m.text());
          }
        });
    page.onPageError(pageErrors::add);
    page.onDialog(
        d -> {
          dialogs.add(d.message());
          d.dismiss();
        });
    page.onRequest(
        r -> {
          String host = URI.create(r.url()).getHost();
          if (host != null && !host.equals("127.0.0.1")) {
            offsiteRequests.add(r.url());
          }
        });
  }

  @AfterEach
  void checkNothingWentWrong(TestInfo info) {
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(
                SCREENSHOTS.resolve(info.getTestMethod().orElseThrow().getName() + "-end.png")));
    page.close();
    context.close();
    assertThat(pageErrors).as("uncaught script errors").isEmpty();
    // A CSP violation is logged as a console error: none may be ignored.
    assertThat(consoleErrors).as("console errors, CSP violations included").isEmpty();
    assertThat(offsiteRequests).as("requests that left the machine").isEmpty();
    assertThat(dialogs).as("dialogs opened").isEmpty();
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
    if (server != null) {
      server.close();
    }
  }

  /** The session id of the first admin, logged in over the API. */
  private String logIn(String password) throws Exception {
    HttpResponse<String> r = loginAs("admin", password);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
    return cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
  }

  private HttpResponse<String> loginAs(String name, String password) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(server.url() + "api/v1/session"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"" + name + "\",\"password\":\"" + password + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private void waitLoaded(String value) {
    page.waitForFunction("v => document.body.dataset.loaded === v", value);
  }

  private void shot(String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
  }

  private int markers() {
    return Integer.parseInt(page.locator("#map").getAttribute("data-markers"));
  }

  @Test
  void theMapFiltersByTypeAndByDateTogetherWithTheTimelineAndTheBackButtonUndoes() {
    page.navigate(server.url());
    waitLoaded("");
    page.waitForSelector("#map[data-basemap=loaded]");
    int allMarkers = markers();
    int allEvents = page.locator("#event-list > li").count();
    assertThat(allMarkers).isPositive();
    assertThat(allEvents).isGreaterThanOrEqualTo(allMarkers);
    shot("01-map-all");

    Locator typeBox = page.locator("fieldset[data-facet=type] input[type=checkbox]").first();
    String type = typeBox.getAttribute("value");
    typeBox.check();
    waitLoaded("type=" + type);
    assertThat(page.url()).contains("type=" + type);
    Locator chips = page.locator("#event-list > li .chip");
    assertThat(chips.count()).isPositive().isLessThanOrEqualTo(allEvents);
    for (int i = 0; i < chips.count(); i++) {
      assertThat(chips.nth(i).getAttribute("class")).contains("t-" + type);
    }
    assertThat(markers()).isLessThanOrEqualTo(allMarkers);
    shot("02-map-type");

    page.goBack();
    waitLoaded("");
    assertThat(page.locator("#event-list > li").count()).isEqualTo(allEvents);

    String first = page.locator("#timeline").getAttribute("data-from");
    assertThat(first).isNotBlank();
    page.fill("#from", first);
    page.dispatchEvent("#from", "change");
    waitLoaded("from=" + first);
    String end = first.substring(0, 8) + "28";
    page.fill("#to", end);
    page.dispatchEvent("#to", "change");
    waitLoaded("from=" + first + "&to=" + end);
    assertThat(page.locator("#timeline").getAttribute("data-from")).isEqualTo(first);
    assertThat(page.locator("#timeline").getAttribute("data-to")).isEqualTo(first);
    Locator dated = page.locator("#event-list > li .meta").first();
    if (page.locator("#event-list > li").count() > 0) {
      assertThat(dated.textContent()).contains(first.substring(0, 7));
    }
    shot("03-map-date");
  }

  @Test
  void anAnalystConfirmsAQueuedItemSeeingMachineAndCurrentValuesSideBySide() {
    page.navigate(server.url() + "#/review");
    waitLoaded("review");
    Locator first = page.locator("#review-list a").first();
    first.waitFor();
    int pending = pending();
    first.click();
    page.waitForFunction("() => (document.body.dataset.loaded || '').startsWith('review:')");
    assertThat(page.locator(".side-by-side pre").count()).isEqualTo(2);
    // Field by field: every leaf of the machine value has a row, none changed before a review.
    assertThat(page.locator("#review-fields tbody tr").count()).isGreaterThan(3);
    assertThat(page.locator("#review-fields tbody tr.changed").count()).isZero();
    assertThat(page.locator("#review-status").textContent()).contains("pending");
    page.fill("#review-reason", "checked against the report");
    page.click("#review-confirm");
    page.waitForFunction(
        "() => document.getElementById('review-status').textContent.includes('confirmed')");
    shot("06-review");
    page.navigate(server.url() + "#/review?order=newest");
    waitLoaded("review");
    assertThat(pending()).isEqualTo(pending - 1);
  }

  @Test
  void anAnalystRePointsAnEventsEvidenceBySelectingWordsInItsSourceText() {
    page.navigate(server.url() + "#/review?order=newest");
    waitLoaded("review");
    Locator event =
        page.locator("#review-list a", new Page.LocatorOptions().setHasText("event")).first();
    event.waitFor();
    event.click();
    page.waitForFunction("() => (document.body.dataset.loaded || '').startsWith('review:')");
    page.locator("#review-source").waitFor();
    // Select twelve characters of the first long enough text run of the source, as a mouse would.
    String selected =
        (String)
            page.evaluate(
                "() => { const box = document.getElementById('review-source');"
                    + " const w = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);"
                    + " let n = w.nextNode();"
                    + " while (n && n.textContent.trim().length < 30) n = w.nextNode();"
                    + " const from = n.textContent.search(/\\S/);"
                    + " const r = document.createRange(); r.setStart(n, from); r.setEnd(n, from + 12);"
                    + " const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);"
                    + " return r.toString(); }");
    page.click("#review-use-selection");
    assertThat(page.locator("#review-evidence").textContent()).contains(selected);
    page.click("button[aria-label='Edit certainty']");
    assertThat(page.inputValue("#review-field")).isEqualTo("certainty");
    page.fill("#review-value", "\"reported\"");
    page.fill("#review-reason", "the supporting words are earlier");
    page.click("#review-edit");
    page.waitForFunction(
        "() => document.getElementById('review-status').textContent.includes('edited')");
    Locator mark = page.locator("#review-source mark");
    mark.first().waitFor();
    assertThat(mark.count()).isEqualTo(1);
    assertThat(mark.first().textContent()).isEqualTo(selected);
    // The field table marks the re-pointed evidence as changed against the machine's.
    Locator changed = page.locator("#review-fields tbody tr.changed th");
    assertThat(changed.allTextContents()).contains("evidence");
    shot("07-review-evidence");
  }

  /** The number the review queue's heading gives, "(N awaiting review)". */
  private int pending() {
    String heading = page.locator("#view-review h2").textContent();
    return Integer.parseInt(heading.replaceAll(".*\\((\\d+) awaiting review\\).*", "$1"));
  }

  @Test
  void anIncidentShowsItsGradeFiguresSourcesAndTheEvidenceHighlightedInTheSourceText() {
    page.navigate(server.url() + "#/incidents");
    waitLoaded("incidents");
    page.locator("#view-incidents tbody a").first().waitFor();
    String id = page.locator("#view-incidents tbody a").first().textContent();
    page.locator("#view-incidents tbody a").first().click();
    waitLoaded("incident:" + id);
    assertThat(page.locator("#grade").textContent()).isNotBlank();
    assertThat(page.locator("#sources li").count()).isPositive();
    Locator marks = page.locator("#evidence .source-text mark");
    marks.first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
    assertThat(marks.count()).isPositive();
    assertThat(marks.first().textContent()).isNotBlank();
    assertThat(page.locator("#evidence .source-text").first().getAttribute("dir"))
        .isEqualTo("auto");
    shot("04-incident");
  }

  @Test
  void scriptPayloadsInAReportAreShownAsTextAndNeverRun() {
    page.navigate(server.url() + "#/documents");
    waitLoaded("documents");
    page.locator(".doc-list a", new Page.LocatorOptions().setHasText("hostile-report"))
        .first()
        .click();
    page.waitForFunction("() => (document.body.dataset.loaded || '').startsWith('document:')");
    String text = page.locator("#view-document .source-text").textContent();
    assertThat(text)
        .contains("<script>window.pwned = 1;")
        .contains("onerror=\"window.pwned = 2;")
        .contains("href=\"javascript:window.pwned = 3;");
    assertThat(page.locator("#view-document .source-text script").count()).isZero();
    assertThat(page.locator("#view-document .source-text img").count()).isZero();
    assertThat(page.locator("#view-document .source-text a").count()).isZero();
    assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
    assertThat(page.title()).isEqualTo("Sijil");
    shot("05-hostile-document");
  }

  @Test
  void aViewerChangesTheirPasswordOnTheAccountPage() throws Exception {
    Path db = tmp.resolve("demo");
    CliRun add = CliRun.of("user", "add", "nadia", "--role", "viewer", "--db", db.toString());
    assertThat(add.exitCode()).as(add.err()).isZero();
    String first = add.out().replaceAll("(?s).*shown only now\\): (\\S+).*", "$1");
    HttpResponse<String> login = loginAs("nadia", first);
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    context.clearCookies();
    context.addCookies(
        List.of(
            new Cookie(
                    "sijil_session", cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';')))
                .setUrl(server.url())));

    page.navigate(server.url() + "#/account");
    waitLoaded("account");
    assertThat(page.textContent("#account-who")).contains("nadia").contains("viewer");
    page.fill("#password-current", "not the password");
    page.fill("#password-new", "river stones 42");
    page.fill("#password-again", "river stones 42");
    page.click("#password-change button[type=submit]");
    page.waitForSelector("#error:not([hidden])");
    assertThat(page.textContent("#error")).contains("current password is wrong");
    // The browser logs the refused request itself; that one line is expected, nothing else.
    assertThat(consoleErrors).singleElement().asString().contains("403");
    consoleErrors.clear();

    page.fill("#password-current", first);
    page.fill("#password-new", "river stones 42");
    page.fill("#password-again", "river stones 42");
    page.click("#password-change button[type=submit]");
    page.waitForSelector("#password-done:not([hidden])");
    shot("08-password-changed");

    assertThat(loginAs("nadia", first).statusCode()).isEqualTo(401);
    assertThat(loginAs("nadia", "river stones 42").statusCode()).isEqualTo(200);
  }

  @Test
  void theSkipLinkIsTheFirstTabStopAndMovesFocusToTheContent() {
    page.navigate(server.url());
    waitLoaded("");
    page.keyboard().press("Tab");
    assertThat(page.evaluate("() => document.activeElement.className")).isEqualTo("skip");
    page.keyboard().press("Enter");
    assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("main");
  }
}
