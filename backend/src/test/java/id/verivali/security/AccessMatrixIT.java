package id.verivali.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.verivali.household.HouseholdService;
import id.verivali.security.AccessMatrix.Door;
import id.verivali.security.AccessMatrix.Row;
import id.verivali.security.AccessTargets.Site;
import id.verivali.security.AccessTargets.Thing;
import id.verivali.support.Api;
import id.verivali.support.IntegrationTest;
import id.verivali.support.MultipartForm;
import id.verivali.workflow.ChangeDriver;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The role × endpoint access matrix ({@link AccessMatrix}): every role and nobody signed in, against every {@code /api}
 * endpoint, {@code /engine-rest} resource family, Camunda web app and everything else a handler mapping or servlet
 * serves, inside and outside the caller's region, one dynamic test per cell. Scripts' requests go with HTTP Basic, a stranger's as a browser with a
 * CSRF token and no session, and the web apps' as a browser signed in once per account.
 */
@IntegrationTest
@Import(ChangeDriver.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessMatrixIT {

    private static final String WEB_APPS = "classpath*:META-INF/resources/webjars/camunda/app/*/index.html";

    @Autowired
    Api api;

    @Autowired
    ChangeDriver driver;

    @Autowired
    AccountService accounts;

    @Autowired
    HouseholdService households;

    @Autowired
    ObjectMapper json;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Autowired
    ResourceConfig engineRest;

    @Autowired
    ServletContext servletContext;

    @Autowired
    ApplicationContext context;

    private AccessTargets targets;
    private final Map<CallerRole, Api.Browser> signedIn = new EnumMap<>(CallerRole.class);
    private final AtomicInteger asserted = new AtomicInteger();
    private long startedAt;

    @BeforeAll
    void prepareTheThingsTheMatrixAsksAbout() {
        long start = System.nanoTime();
        targets = AccessTargets.prepare(driver, accounts, households, api, json);
        System.out.printf("access matrix: targets prepared in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    @Order(1)
    void every_role_has_a_column() {
        assertThat(Arrays.stream(CallerRole.values()).map(CallerRole::role).filter(Objects::nonNull))
                .containsExactlyInAnyOrder(Role.values());
    }

    @Test
    @Order(1)
    void every_api_endpoint_has_a_row_and_every_row_an_endpoint() {
        Set<String> registered = new TreeSet<>();
        handlers.getHandlerMethods()
                .keySet()
                .forEach(mapping -> mapping.getPatternValues().stream()
                        .filter(pattern -> pattern.startsWith("/api/"))
                        .forEach(pattern -> {
                            var methods = mapping.getMethodsCondition().getMethods();
                            assertThat(methods)
                                    .as("HTTP methods of %s", pattern)
                                    .isNotEmpty();
                            methods.forEach(method -> registered.add(method + " " + pattern));
                        }));

        assertCovered(Door.API, registered);
    }

    @Test
    @Order(1)
    void every_engine_rest_family_has_a_row_and_every_row_a_family() {
        Set<String> registered = new TreeSet<>();
        Stream.concat(engineRest.getClasses().stream().map(Resource::from), engineRest.getResources().stream())
                .filter(Objects::nonNull)
                .forEach(root -> {
                    String path = normalised(root.getPath());
                    if (path.isEmpty()) {
                        // The default engine's root: each sub-resource is a family (/task, /history, ...).
                        root.getChildResources()
                                .forEach(family -> registered.add("/engine-rest" + normalised(family.getPath())));
                    } else {
                        registered.add("/engine-rest" + path);
                    }
                });
        assertThat(registered).as("Camunda's REST API as registered").contains("/engine-rest/task");

        assertCovered(Door.ENGINE_REST, registered);
    }

    @Test
    @Order(1)
    void every_camunda_web_app_and_web_app_api_has_a_row() throws IOException {
        Set<String> registered = new TreeSet<>();
        for (var index : new PathMatchingResourcePatternResolver().getResources(WEB_APPS)) {
            String app = index.getURL().toString().replaceFirst(".*/app/([^/]+)/index\\.html$", "$1");
            registered.add("/camunda/app/" + app);
        }
        servletContext.getServletRegistrations().values().stream()
                .flatMap(servlet -> servlet.getMappings().stream())
                .filter(mapping -> mapping.startsWith("/camunda/api/"))
                .forEach(mapping -> registered.add(mapping.replaceFirst("/\\*$", "")));
        assertThat(registered).as("Camunda's web apps as registered").contains("/camunda/app/cockpit");

        assertCovered(Door.CAMUNDA_WEBAPP, registered);
    }

    @Test
    @Order(1)
    void everything_else_the_application_serves_has_a_row_and_every_row_something_served() {
        Set<String> registered = new TreeSet<>();
        context.getBeansOfType(HandlerMapping.class).forEach((name, mapping) -> {
            if (mapping instanceof RequestMappingInfoHandlerMapping infos) {
                infos.getHandlerMethods().keySet().stream()
                        .flatMap(info -> info.getPatternValues().stream())
                        .filter(pattern -> !pattern.startsWith("/api/"))
                        .forEach(pattern -> registered.add("MVC " + pattern));
            } else if (mapping instanceof AbstractUrlHandlerMapping urls) {
                urls.getHandlerMap().keySet().forEach(pattern -> registered.add("MVC " + pattern));
                if (urls.getRootHandler() != null) {
                    registered.add("MVC /");
                }
            } else if (!(mapping instanceof RouterFunctionMapping functions && functions.getRouterFunction() == null)) {
                throw new AssertionError("A handler mapping the matrix cannot read: " + name);
            }
        });
        servletContext.getServletRegistrations().values().stream()
                .flatMap(servlet -> servlet.getMappings().stream())
                .forEach(mapping -> registered.add("SERVLET " + mapping));

        assertCovered(Door.WEB, registered);
    }

    @TestFactory
    @Order(2)
    List<DynamicTest> every_role_inside_and_outside_its_region_gets_what_the_table_says() {
        var cases = new ArrayList<DynamicTest>();
        for (Row row : AccessMatrix.rows()) {
            for (CallerRole caller : CallerRole.values()) {
                for (Scope scope : caller.scopes(row.target().scoped())) {
                    Outcome expected = row.rule().expect(caller, scope);
                    cases.add(dynamicTest(
                            "%s · %s · %s → %s".formatted(row, caller, scope.label(), expected),
                            () -> check(row, caller, scope, expected)));
                }
            }
        }
        System.out.printf("access matrix: %d cases%n", cases.size());
        startedAt = System.nanoTime();
        return cases;
    }

    @Test
    @Order(3)
    void the_matrix_leaves_every_task_open_and_unclaimed() {
        assertThat(targets.tasks())
                .allSatisfy(task -> assertThat(targets.openAndUnclaimed(task))
                        .as("task %s of %s", task.id(), task.lookup())
                        .isTrue());
    }

    @AfterAll
    void report() {
        System.out.printf(
                "access matrix: %d cases asserted in %d ms%n",
                asserted.get(), (System.nanoTime() - startedAt) / 1_000_000);
    }

    private void check(Row row, CallerRole caller, Scope scope, Outcome expected) {
        Site site = targets.site(caller.place(scope));
        Thing thing = row.target().at(site, caller);
        String path = row.pathFor(thing);
        Object body = row.body() == null ? null : row.body().of(caller, site, thing);

        var response = send(row, caller, path, body);

        String seen = "%s %s as %s answered %d: %s"
                .formatted(row.method(), path, caller, response.status(), excerpt(response));
        assertThat(response.status()).as(seen).isEqualTo(expected.status());
        if (!expected.fields().isEmpty()) {
            assertThat(fields(response)).as(seen).containsExactlyInAnyOrderElementsOf(expected.fields());
        }
        if (expected == Outcome.TO_SIGN_IN) {
            assertThat(response.headers().getLocation()).as(seen).hasPath("/login");
        }
        if (expected.denies() && thing != null && !thing.secrets().isEmpty()) {
            assertThat(response.body().toString())
                    .as(seen)
                    .doesNotContain(thing.secrets().toArray(String[]::new));
        }
        if (expected.listing() != Outcome.Listing.NOT_A_LIST) {
            assertThat(lists(row, caller, path, response, thing))
                    .as("%s lists %s", seen, thing.id())
                    .isEqualTo(expected.listing() == Outcome.Listing.LISTED);
        }
        asserted.incrementAndGet();
    }

    private Api.Response send(Row row, CallerRole caller, String path, Object body) {
        String username = targets.username(caller);
        return switch (row.door()) {
            case WEB ->
                row.path().startsWith("/camunda/")
                        ? browserOf(caller).download(path)
                        : caller.isAnonymous() ? asStranger(row, path, body) : asScript(username, row, path, body);
            case API, SECURITY_FILTER ->
                caller.isAnonymous() ? asStranger(row, path, body) : asScript(username, row, path, body);
            case ENGINE_REST ->
                (caller.isAnonymous() ? api.anonymous() : api.as(username)).send(row.method(), path, body);
            case CAMUNDA_WEBAPP -> browserOf(caller).download(path);
        };
    }

    private Api.Response asScript(String username, Row row, String path, Object body) {
        var script = api.as(username);
        if (row.form() != null) {
            return script.postMultipart(path, form(row, body));
        }
        if (row.acceptsAny()) {
            return script.withHeader("Accept", "*/*").send(row.method(), path, body);
        }
        return script.send(row.method(), path, body);
    }

    /** A browser that has its CSRF token but no session: what is refused is refused for want of an account. */
    private Api.Response asStranger(Row row, String path, Object body) {
        var browser = api.browser();
        browser.get("/api/auth/csrf");
        if (row.form() != null) {
            return browser.postMultipart(path, form(row, body));
        }
        if (row.acceptsAny()) {
            return browser.download(path);
        }
        return browser.send(row.method(), path, body);
    }

    /** Signed in once per account; a stranger's browser has no session at all. */
    private Api.Browser browserOf(CallerRole caller) {
        if (caller.isAnonymous()) {
            return api.browser();
        }
        return signedIn.computeIfAbsent(caller, who -> {
            var browser = api.browser();
            var login = browser.login(targets.username(who), Api.DEMO_PASSWORD);
            assertThat(login.status()).as("%s signs in", who).isEqualTo(200);
            return browser;
        });
    }

    private MultiValueMap<String, HttpEntity<?>> form(Row row, Object body) {
        try {
            return new MultipartForm()
                    .json(row.form(), json.writeValueAsString(body))
                    .parts();
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException(unwritable);
        }
    }

    /** Whether any page of the list holds the thing. */
    private boolean lists(Row row, CallerRole caller, String path, Api.Response first, Thing thing) {
        var page = first;
        for (int number = 0; ; number++) {
            var content = page.body().get("content");
            assertThat(content).as("a page of %s", path).isNotNull();
            if (StreamSupport.stream(content.spliterator(), false)
                    .anyMatch(item -> item.path("id").asText().equals(thing.id()))) {
                return true;
            }
            if (number + 1 >= page.body().get("totalPages").asInt()) {
                return false;
            }
            page = send(row, caller, path + "&page=" + (number + 1), null);
            assertThat(page.status()).isEqualTo(200);
        }
    }

    private void assertCovered(Door door, Set<String> registered) {
        Set<String> inTable = AccessMatrix.rows().stream()
                .filter(row -> row.door() == door)
                .map(Row::endpoint)
                .collect(Collectors.toCollection(TreeSet::new));
        var withoutRow = new TreeSet<>(registered);
        withoutRow.removeAll(inTable);
        var withoutEndpoint = new TreeSet<>(inTable);
        withoutEndpoint.removeAll(registered);

        assertThat(withoutRow)
                .as("registered %s endpoints without a row in AccessMatrix", door)
                .isEmpty();
        assertThat(withoutEndpoint)
                .as("AccessMatrix rows for %s endpoints that are not registered", door)
                .isEmpty();
    }

    private static List<String> fields(Api.Response response) {
        JsonNode errors = response.body().path("errors");
        return StreamSupport.stream(errors.spliterator(), false)
                .map(error -> error.path("field").asText())
                .toList();
    }

    private static String excerpt(Api.Response response) {
        String text = response.body().isTextual()
                ? response.body().asText()
                : response.body().toString();
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    private static String normalised(String path) {
        String trimmed = path == null ? "" : path.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? "" : "/" + trimmed;
    }
}
