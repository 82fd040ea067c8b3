package id.verivali.security;

import static id.verivali.security.Outcome.FORBIDDEN;
import static id.verivali.security.Outcome.LISTED;
import static id.verivali.security.Outcome.NOT_FOUND;
import static id.verivali.security.Outcome.NOT_LISTED;
import static id.verivali.security.Outcome.TO_SIGN_IN;
import static id.verivali.security.Outcome.UNAUTHENTICATED;
import static id.verivali.security.Outcome.invalid;
import static id.verivali.security.Outcome.nothingThere;
import static id.verivali.security.Outcome.ok;
import static id.verivali.security.Outcome.refusedByEngine;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import id.verivali.changerequest.Decision;
import id.verivali.changerequest.Stage;
import id.verivali.deliberation.DeliberationForm;
import id.verivali.region.RegionLevel;
import id.verivali.security.AccessTargets.Site;
import id.verivali.security.AccessTargets.Thing;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpMethod;

/**
 * The role × endpoint access matrix as a table: a row for every {@code /api} handler, every {@code /engine-rest}
 * resource family and every Camunda web app and web app API, each with the request that probes it and the rule that
 * says what every {@link CallerRole} gets in every {@link Scope}. {@link AccessMatrixIT} fails when something is
 * registered without a row here, or a row names something no longer registered.
 *
 * <p>The rules: an official acts only on the tasks whose candidate group is their role at their
 * region; supervisors and auditors read under their region and change nothing; the ministry reads everything. A thing
 * outside the caller's region answers 404 as if it did not exist; 403 where its existence is no secret (a region's
 * code, a change the caller may read but did not propose). {@code /engine-rest} and Cockpit are the system's own.
 *
 * <p>The system's own accounts on {@code /api}: {@code ADMIN} runs the engine and the accounts, through Cockpit and
 * {@code /engine-rest}; {@code INTEGRATION} is another system calling {@code /engine-rest} (the civil-registry
 * adapter); {@code MONITORING} is the metrics scraper, reading {@code /actuator/prometheus}. None of them reads the
 * registry or decides its changes, so all are refused (403) everywhere under {@code /api} but signing in and out, who
 * am I, and the public region list. Cockpit is for administrators, who are people: the others have no use for it and
 * are refused too.
 */
final class AccessMatrix {

    /** Process variables Camunda refuses to read (400) before it does anything with them. */
    private static final Map<String, Object> UNKNOWN_TYPE =
            Map.of("decision", Map.of("value", "APPROVE", "type", "NoSuchType"));

    private AccessMatrix() {}

    /** Where a request enters the application, and so how the matrix finds what is registered there. */
    enum Door {
        /** A Spring MVC handler under {@code /api}. */
        API,
        /** An {@code /api} path that a Spring Security filter answers, not a handler. */
        SECURITY_FILTER,
        /** A resource family of Camunda's REST API (Jersey), keyed by its path under {@code /engine-rest}. */
        ENGINE_REST,
        /** A Camunda web app ({@code /camunda/app/<app>}) or web app API ({@code /camunda/api/<api>}). */
        CAMUNDA_WEBAPP,
        /**
         * Anything else a handler mapping or a servlet serves, keyed by what it registers: {@code MVC <pattern>} for
         * a Spring MVC mapping outside {@code /api} (actuator, springdoc, the front end's files), {@code SERVLET
         * <mapping>} for a servlet.
         */
        WEB
    }

    /** What a request names; for a scoped target, the matrix asks once inside and once outside the caller's region. */
    enum Target {
        NONE(false),
        /** The region code at the caller's own level: the village, kecamatan or district. */
        REGION(true),
        HOUSEHOLD(true),
        /** A household to propose a change for: untouched where the village operator may propose. */
        PROPOSABLE_HOUSEHOLD(true),
        CHANGE(true),
        /** A change in progress, at home proposed by the village operator of the matrix. */
        WITHDRAWABLE_CHANGE(true),
        /** The open task of the caller's stage ({@link CallerRole#stage()}). */
        TASK(true),
        /** A held village deliberation, with its minutes. */
        DELIBERATION(true),
        /** The task of the caller's stage at home, for a door that knows no regions. */
        OWN_TASK(false),
        /** The kecamatan of the place, whatever the caller's level: what a district sets targets for. */
        SUBDISTRICT(true),
        /** The district of the place, whatever the caller's level: what a round is opened for. */
        DISTRICT(true),
        /** The verification round of the place's district. */
        ROUND(true);

        private final boolean scoped;

        Target(boolean scoped) {
            this.scoped = scoped;
        }

        boolean scoped() {
            return scoped;
        }

        Thing at(Site site, CallerRole caller) {
            return switch (this) {
                case NONE -> null;
                case REGION -> new Thing(site.regionAt(caller.level()), null, List.of());
                case HOUSEHOLD -> site.household();
                case PROPOSABLE_HOUSEHOLD -> site.proposable();
                case CHANGE -> site.change();
                case WITHDRAWABLE_CHANGE -> site.withdrawable();
                case TASK, OWN_TASK -> site.task(caller.stage());
                case DELIBERATION -> site.deliberation();
                case SUBDISTRICT -> new Thing(site.subdistrict(), null, List.of());
                case DISTRICT -> new Thing(site.district(), null, List.of());
                case ROUND -> site.round();
            };
        }
    }

    @FunctionalInterface
    interface Rule {
        Outcome expect(CallerRole caller, Scope scope);
    }

    @FunctionalInterface
    interface Body {
        Object of(CallerRole caller, Site site, Thing thing);
    }

    /**
     * One line of the table.
     *
     * @param endpoint what the row covers, as the application registers it: {@code GET /api/tasks} for a handler,
     *     {@code /engine-rest/task} for a resource family, {@code /camunda/app/cockpit} for a web app
     * @param path the request's path and query; {@code {lookup}} becomes the thing's lookup, any other name in
     *     braces its id
     * @param form for a multipart request, the name of the part that carries the body as JSON
     * @param acceptsAny whether the request takes any content type, as a browser fetching a file or page does
     */
    record Row(
            Door door,
            String endpoint,
            HttpMethod method,
            String path,
            Target target,
            Rule rule,
            Body body,
            String form,
            boolean acceptsAny) {

        private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

        Row query(String query) {
            return new Row(door, endpoint, method, path + query, target, rule, body, form, acceptsAny);
        }

        Row json(Body json) {
            return new Row(door, endpoint, method, path, target, rule, json, form, acceptsAny);
        }

        Row multipart(String part, Body json) {
            return new Row(door, endpoint, method, path, target, rule, json, part, acceptsAny);
        }

        Row withTarget(Target named) {
            return new Row(door, endpoint, method, path, named, rule, body, form, acceptsAny);
        }

        /** The same endpoint probed at a path of its own: an id that names nothing. */
        Row at(String concretePath) {
            return new Row(door, endpoint, method, concretePath, target, rule, body, form, acceptsAny);
        }

        Row download() {
            return new Row(door, endpoint, method, path, target, rule, body, form, true);
        }

        String pathFor(Thing thing) {
            Matcher placeholders = PLACEHOLDER.matcher(path);
            var resolved = new StringBuilder();
            while (placeholders.find()) {
                if (thing == null) {
                    throw new IllegalStateException(endpoint + " names nothing to put in " + placeholders.group());
                }
                String value = placeholders.group(1).equals("lookup") ? thing.lookup() : thing.id();
                placeholders.appendReplacement(resolved, Matcher.quoteReplacement(value));
            }
            placeholders.appendTail(resolved);
            return resolved.toString();
        }

        @Override
        public String toString() {
            return switch (door) {
                case API, SECURITY_FILTER -> endpoint;
                case WEB -> endpoint + " (GET " + path + ")";
                case ENGINE_REST, CAMUNDA_WEBAPP -> method + " " + path;
            };
        }
    }

    static List<Row> rows() {
        return List.of(
                // Signing in and out, and the CSRF token both need: anyone. The sign-in's body is blank, so that it
                // signs nobody in and counts no failure: its 400 shows the request got past the door.
                api(POST, "/api/auth/login", Target.NONE, anyone(invalid("password", "username")))
                        .json((caller, site, thing) -> Map.of("username", "", "password", "")),
                api(GET, "/api/auth/csrf", Target.NONE, anyone(ok(200))),
                securityFilter(POST, "/api/auth/logout", anyone(ok(204))),
                api(GET, "/api/me", Target.NONE, AccessMatrix::signedIn),
                // Each official's own e-mail choices. The probe's address is malformed, so that an official is
                // refused for that alone, after being recognised, and no account's choice changes.
                api(GET, "/api/me/notifications", Target.NONE, registry(AccessMatrix::signedIn)),
                api(PUT, "/api/me/notifications", Target.NONE, registry(anyone(invalid("email"))))
                        .json((caller, site, thing) ->
                                Map.of("email", "bukan alamat", "reminders", true, "escalations", true)),

                // Residents' own door, signed in or not. The probe's NIK is malformed, so that it is refused for that
                // alone, after the door: nothing is looked up, no allowance used.
                api(POST, "/api/public/status", Target.NONE, anyone(invalid("nik")))
                        .json((caller, site, thing) ->
                                Map.of("villageCode", "61.12.04.2002", "nik", "123", "name", "Siti")),
                api(POST, "/api/public/proposals", Target.NONE, anyone(invalid("submitter.nik")))
                        .multipart(
                                "proposal",
                                (caller, site, thing) -> Map.of(
                                        "villageCode",
                                        "61.12.04.2002",
                                        "submitter",
                                        Map.of("nik", "123", "name", "Siti", "phone", "081234567890"),
                                        "forOwnHousehold",
                                        false,
                                        "reason",
                                        "Tidak punya penghasilan tetap",
                                        "household",
                                        Map.of(
                                                "address",
                                                "Jl. Parit Baru",
                                                "rt",
                                                "1",
                                                "rw",
                                                "1",
                                                "kkNumber",
                                                "6112040101010001",
                                                "members",
                                                List.of(Map.of(
                                                        "nik",
                                                        "6112040101010002",
                                                        "name",
                                                        "Siti",
                                                        "birthDate",
                                                        "1980-01-01",
                                                        "sex",
                                                        "FEMALE",
                                                        "relationship",
                                                        "HEAD"))))),
                api(POST, "/api/public/objections", Target.NONE, anyone(invalid("objector.nik")))
                        .multipart(
                                "objection",
                                (caller, site, thing) -> Map.of(
                                        "villageCode",
                                        "61.12.04.2002",
                                        "objector",
                                        Map.of("nik", "123", "name", "Siti"),
                                        "objectedName",
                                        "Budi",
                                        "objectedAddress",
                                        "Jl. Parit Baru",
                                        "reason",
                                        "WELL_OFF",
                                        "statement",
                                        "Punya toko")),
                api(POST, "/api/public/submissions/track", Target.NONE, anyone(invalid("nik")))
                        .json((caller, site, thing) -> Map.of("trackingCode", "USL-0000-0000", "nik", "123")),

                // Residents' submissions at the intake: officials read them under their region, the village operator
                // answers and the Camat follows up (ResidentSubmissionApiIT walks who may do what, inside and outside
                // the region). Probed with a code no submission has: an official meets 404, as for one elsewhere.
                api(GET, "/api/intake", Target.NONE, registry(anyone(ok(200)))),
                api(GET, "/api/intake/{code}", Target.NONE, registry(anyone(NOT_FOUND)))
                        .at("/api/intake/USL-0000-0000"),
                api(GET, "/api/intake/{code}/documents/{documentId}", Target.NONE, registry(anyone(NOT_FOUND)))
                        .at("/api/intake/USL-0000-0000/documents/0"),
                api(POST, "/api/intake/{code}/accept", Target.NONE, registry(anyone(NOT_FOUND)))
                        .at("/api/intake/USL-0000-0000/accept")
                        .json((caller, site, thing) -> Map.of()),
                api(POST, "/api/intake/{code}/reject", Target.NONE, registry(anyone(NOT_FOUND)))
                        .at("/api/intake/USL-0000-0000/reject")
                        .json((caller, site, thing) -> Map.of("reason", "Bukan warga desa ini")),
                api(POST, "/api/intake/{code}/follow-up", Target.NONE, registry(anyone(NOT_FOUND)))
                        .at("/api/intake/USL-0000-0000/follow-up")
                        .json((caller, site, thing) -> Map.of()),

                // Region codes and names are Kemendagri's public list: anyone, anywhere.
                api(GET, "/api/regions/{code}", Target.REGION, anyone(ok(200))),
                api(GET, "/api/regions", Target.REGION, anyone(ok(200))).query("?parent={code}"),

                // The registry: read within one's region.
                api(GET, "/api/households", Target.REGION, registry(AccessMatrix::listWithinRegion))
                        .query("?region={code}"),
                api(GET, "/api/households", Target.HOUSEHOLD, registry(AccessMatrix::findWithinRegion))
                        .query("?q={lookup}"),
                api(GET, "/api/households/{id}", Target.HOUSEHOLD, registry(AccessMatrix::readWithinRegion)),
                api(GET, "/api/households/export", Target.REGION, registry(AccessMatrix::listWithinRegion))
                        .query("?region={code}")
                        .download(),

                // Change requests: village operators propose in their village and withdraw what they proposed.
                api(POST, "/api/change-requests", Target.PROPOSABLE_HOUSEHOLD, registry(AccessMatrix::propose))
                        .json((caller, site, household) -> Map.of(
                                "type",
                                "REVERIFY",
                                "householdId",
                                Long.valueOf(household.id()),
                                "reason",
                                "Verifikasi berkala")),
                api(GET, "/api/change-requests", Target.REGION, registry(AccessMatrix::listWithinRegion))
                        .query("?region={code}"),
                api(GET, "/api/change-requests/{id}", Target.CHANGE, registry(AccessMatrix::readWithinRegion)),
                api(GET, "/api/change-requests/export", Target.REGION, registry(AccessMatrix::listWithinRegion))
                        .query("?region={code}")
                        .download(),
                api(
                        POST,
                        "/api/change-requests/{id}/withdraw",
                        Target.WITHDRAWABLE_CHANGE,
                        registry(AccessMatrix::withdraw)),

                // Tasks: only the candidate group's role at its region sees and acts on one. Claim comes before
                // unclaim, so that each task the matrix claims is given back; the completion's decision is one its
                // stage does not offer, refused only once the task is found to be the caller's.
                api(GET, "/api/tasks", Target.TASK, registry(AccessMatrix::inbox))
                        .query("?size=100"),
                api(POST, "/api/tasks/{id}/claim", Target.TASK, registry(actOnOwnTask(ok(200)))),
                // A bulk claim by a filter within one's region answers task by task; a region outside is refused
                // openly. The search names no change, so that the matrix claims nothing it would have to give back.
                api(POST, "/api/tasks/claim", Target.REGION, registry(AccessMatrix::listWithinRegion))
                        .json((caller, site, region) ->
                                Map.of("matching", Map.of("region", region.id(), "q", "CR-0000-0000-000000"))),
                api(POST, "/api/tasks/{id}/unclaim", Target.TASK, registry(actOnOwnTask(ok(200)))),
                api(POST, "/api/tasks/{id}/complete", Target.TASK, registry(actOnOwnTask(invalid("decision"))))
                        .json((caller, site, task) -> Map.of("decision", notOfferedAt(caller.stage()))),

                // Deliberations: the chair of the level holds one for their region. The minutes are left out, so
                // that a chair's request is refused for that alone, after the chair was recognised.
                api(POST, "/api/deliberations", Target.TASK, registry(AccessMatrix::holdDeliberation))
                        .multipart("deliberation", AccessMatrix::deliberation),
                api(GET, "/api/deliberations", Target.REGION, registry(AccessMatrix::listWithinRegion))
                        .query("?region={code}"),
                api(GET, "/api/deliberations/{id}", Target.DELIBERATION, registry(AccessMatrix::readWithinRegion)),
                api(GET, "/api/deliberations/{id}/bnba", Target.DELIBERATION, registry(AccessMatrix::readWithinRegion)),
                api(
                                GET,
                                "/api/deliberations/{id}/minutes",
                                Target.DELIBERATION,
                                registry(AccessMatrix::readWithinRegion))
                        .download(),

                // Field work: every official reads the worklists and progress under their region; a field sheet is a
                // village's. Only the village operator whose inbox holds a field check records its visit: the probe
                // lacks the reason its finding needs, so that the operator is refused for that alone and nothing is
                // decided. Only village operators import, their own village's sheets; the probe sends no file.
                api(GET, "/api/field-checks", Target.REGION, registry(AccessMatrix::listWithinRegion))
                        .query("?region={code}"),
                api(GET, "/api/field-checks/progress", Target.REGION, registry(AccessMatrix::listWithinRegion))
                        .query("?region={code}"),
                api(GET, "/api/field-checks/sheet.xlsx", Target.REGION, registry(AccessMatrix::fieldSheet))
                        .query("?region={code}")
                        .download(),
                api(POST, "/api/field-checks/{taskId}/visit", Target.TASK, registry(AccessMatrix::recordsVisit))
                        .multipart(
                                "visit",
                                (caller, site, task) -> Map.of(
                                        "finding",
                                        "MOVED",
                                        "visitedOn",
                                        daysFromToday(-1).toString(),
                                        "enumerator",
                                        "Petugas matriks")),
                api(
                        GET,
                        "/api/change-requests/{id}/field-visits",
                        Target.CHANGE,
                        registry(AccessMatrix::readWithinRegion)),
                // Members (masked) and visits of changes outside one's region are left out, as if there were none.
                api(GET, "/api/field-checks/members", Target.CHANGE, registry(anyone(ok(200))))
                        .query("?change={id}"),
                api(GET, "/api/field-checks/visits", Target.CHANGE, registry(anyone(ok(200))))
                        .query("?change={id}"),
                // No visit with a photo and no import exist for the matrix: each is as one that does not exist.
                api(GET, "/api/field-checks/visits/{id}/photo", Target.NONE, registry(anyone(NOT_FOUND)))
                        .at("/api/field-checks/visits/0/photo")
                        .download(),
                api(POST, "/api/field-checks/imports", Target.NONE, registry(AccessMatrix::importsFieldSheets))
                        .multipart("note", (caller, site, thing) -> Map.of()),
                api(GET, "/api/field-checks/imports/{id}", Target.NONE, registry(anyone(NOT_FOUND)))
                        .at("/api/field-checks/imports/0"),
                api(POST, "/api/field-checks/imports/{id}/confirm", Target.NONE, registry(AccessMatrix::confirmsImport))
                        .at("/api/field-checks/imports/0/confirm"),

                // The published figures: every official, for their region and what lies under it.
                api(GET, "/api/reports/summary", Target.REGION, registry(AccessMatrix::listWithinRegion))
                        .query("?region={code}"),
                api(GET, "/api/reports/summary.csv", Target.REGION, registry(AccessMatrix::listWithinRegion))
                        .query("?region={code}")
                        .download(),
                api(GET, "/api/reports/summary.xlsx", Target.REGION, registry(AccessMatrix::listWithinRegion))
                        .query("?region={code}")
                        .download(),

                // Supervision: supervisors, the district's head and operator, and the ministry read deadlines and
                // progress under their region. Only the district sets its kecamatan's targets; the probe's dates are
                // out of order, so that a setter is refused for that alone, after being recognised, and nothing moves.
                api(GET, "/api/supervision/deadlines", Target.REGION, registry(AccessMatrix::supervises))
                        .query("?region={code}"),
                api(GET, "/api/supervision/progress", Target.REGION, registry(AccessMatrix::supervises))
                        .query("?region={code}"),
                api(GET, "/api/supervision/rounds/{id}", Target.ROUND, registry(AccessMatrix::supervisesRound)),
                api(GET, "/api/supervision/targets", Target.REGION, registry(AccessMatrix::supervises))
                        .query("?region={code}"),
                api(
                                PUT,
                                "/api/supervision/targets/{regionCode}",
                                Target.SUBDISTRICT,
                                registry(AccessMatrix::setsTargets))
                        // Each date in its window, the target before the start: only the district may learn that.
                        .json((caller, site, kecamatan) -> Map.of(
                                "targetDate",
                                daysFromToday(60).toString(),
                                "startsOn",
                                daysFromToday(90).toString())),

                // Verification rounds: Dinas Sosial opens one for its district, the ministry for any; the probe's
                // target comes before its start, so that an opener is refused for that alone and nothing opens.
                // Everyone of a district reads its rounds; only a round's opener pauses and resumes it, and the
                // matrix's rounds have started everything already, so neither changes them.
                api(POST, "/api/rounds", Target.DISTRICT, registry(AccessMatrix::opensRounds))
                        .json((caller, site, district) -> Map.of(
                                "name",
                                "Putaran matriks akses",
                                "districtCode",
                                district.id(),
                                "startsOn",
                                daysFromToday(90).toString(),
                                "targetDate",
                                daysFromToday(60).toString())),
                api(GET, "/api/rounds", Target.NONE, registry(AccessMatrix::signedIn)),
                api(GET, "/api/rounds/{id}", Target.ROUND, registry(AccessMatrix::readsRound)),
                api(POST, "/api/rounds/{id}/pause", Target.ROUND, registry(AccessMatrix::changesRound)),
                api(POST, "/api/rounds/{id}/resume", Target.ROUND, registry(AccessMatrix::changesRound)),
                api(GET, "/api/rounds/{id}/report", Target.ROUND, registry(AccessMatrix::readsRound)),
                api(GET, "/api/rounds/{id}/report.csv", Target.ROUND, registry(AccessMatrix::readsRound))
                        .download(),
                api(GET, "/api/rounds/{id}/report.xlsx", Target.ROUND, registry(AccessMatrix::readsRound))
                        .download(),

                // The audit trail: auditors only. The chain is one, so an auditor of any region checks all of it and
                // learns only whether it holds and where it breaks; the reads log of a household elsewhere is empty.
                api(GET, "/api/audit/verify", Target.NONE, registry(AccessMatrix::auditorsOnly)),
                api(
                        GET,
                        "/api/audit/change-requests/{id}/timeline",
                        Target.CHANGE,
                        registry(AccessMatrix::auditsWithinRegion)),
                api(
                        GET,
                        "/api/audit/change-requests/{id}/diagram",
                        Target.CHANGE,
                        registry(AccessMatrix::auditsWithinRegion)),
                api(GET, "/api/audit/reads", Target.HOUSEHOLD, registry(AccessMatrix::auditorsOnly))
                        .query("?household={id}"),

                // Camunda's REST API: administrators and integrations only. A village operator can neither complete
                // their own task, nor read its variables, nor query history here. The probes change nothing: reads,
                // or writes that Camunda refuses for their body.
                engine("/process-definition", GET, "/engine-rest/process-definition/count", ok(200)),
                engine("/process-instance", GET, "/engine-rest/process-instance/count", ok(200)),
                engine("/execution", GET, "/engine-rest/execution/count", ok(200)),
                engine("/task", GET, "/engine-rest/task/count", ok(200)),
                engine("/task", GET, "/engine-rest/task/{task}/variables", ok(200))
                        .withTarget(Target.OWN_TASK),
                engine("/task", POST, "/engine-rest/task/{task}/complete", refusedByEngine())
                        .withTarget(Target.OWN_TASK)
                        .json((caller, site, task) -> Map.of("variables", UNKNOWN_TYPE)),
                engine("/identity", GET, "/engine-rest/identity/groups?userId=nobody", ok(200)),
                engine("/message", POST, "/engine-rest/message", refusedByEngine())
                        .json((caller, site, thing) -> Map.of()),
                engine("/variable-instance", GET, "/engine-rest/variable-instance/count", ok(200)),
                engine("/job-definition", GET, "/engine-rest/job-definition/count", ok(200)),
                engine("/job", GET, "/engine-rest/job/count", ok(200)),
                engine("/group", GET, "/engine-rest/group/count", ok(200)),
                engine("/user", GET, "/engine-rest/user/count", ok(200)),
                engine("/authorization", GET, "/engine-rest/authorization/count", ok(200)),
                engine("/incident", GET, "/engine-rest/incident/count", ok(200)),
                engine("/history", GET, "/engine-rest/history/variable-instance/count", ok(200)),
                engine("/history", GET, "/engine-rest/history/task/count", ok(200)),
                engine("/deployment", GET, "/engine-rest/deployment/count", ok(200)),
                engine("/case-definition", GET, "/engine-rest/case-definition/count", ok(200)),
                engine("/case-instance", GET, "/engine-rest/case-instance/count", ok(200)),
                engine("/case-execution", GET, "/engine-rest/case-execution/count", ok(200)),
                engine("/filter", GET, "/engine-rest/filter/count", ok(200)),
                engine("/metrics", GET, "/engine-rest/metrics/job-successful/sum", ok(200)),
                engine("/decision-definition", GET, "/engine-rest/decision-definition/count", ok(200)),
                engine(
                        "/decision-requirements-definition",
                        GET,
                        "/engine-rest/decision-requirements-definition/count",
                        ok(200)),
                engine("/external-task", GET, "/engine-rest/external-task/count", ok(200)),
                // An integration's door: fetching and locking its topics' tasks, and answering them. An empty fetch
                // locks nothing; an answer to a task that does not exist changes nothing.
                externalTasks(POST, "/engine-rest/external-task/fetchAndLock", ok(200))
                        .json((caller, site, thing) ->
                                Map.of("workerId", "matrix", "maxTasks", 0, "topics", List.of())),
                externalTasks(POST, "/engine-rest/external-task/no-such-task/complete", nothingThere())
                        .json((caller, site, thing) -> Map.of("workerId", "matrix")),
                engine("/migration", POST, "/engine-rest/migration/generate", refusedByEngine())
                        .json((caller, site, thing) -> Map.of()),
                engine("/modification", POST, "/engine-rest/modification/execute", refusedByEngine())
                        .json((caller, site, thing) -> Map.of()),
                engine("/batch", GET, "/engine-rest/batch/count", ok(200)),
                engine("/tenant", GET, "/engine-rest/tenant/count", ok(200)),
                engine("/signal", POST, "/engine-rest/signal", refusedByEngine())
                        .json((caller, site, thing) -> Map.of()),
                engine("/condition", POST, "/engine-rest/condition", refusedByEngine())
                        .json((caller, site, thing) -> Map.of("variables", UNKNOWN_TYPE)),
                engine("/optimize", GET, "/engine-rest/optimize/activity-instance/completed?maxResults=1", ok(200)),
                engine("/version", GET, "/engine-rest/version", ok(200)),
                engine("/schema/log", GET, "/engine-rest/schema/log", ok(200)),
                engine("/event-subscription", GET, "/engine-rest/event-subscription/count", ok(200)),
                engine("/telemetry", GET, "/engine-rest/telemetry/data", ok(200)),
                engine("/engine", GET, "/engine-rest/engine", ok(200)),
                engine("/engine", GET, "/engine-rest/engine/default/task/count", ok(200)),

                // Everything else the application serves. Open on purpose: the front end's files and screens (the
                // sign-in form is one), and health. Any other path needs an account, whatever serves it.
                web("MVC /", "/", everyone(ok(200))),
                web("SERVLET /", "/", everyone(ok(200))),
                web("MVC /**", "/favicon.svg", everyone(ok(200))),
                web("MVC /**", "/households/12", everyone(ok(200))),
                web("MVC /**", "/no-such-file.txt", accounts(nothingThere())),
                web("MVC /assets/**", "/assets/no-such-file.js", everyone(nothingThere())),
                web("MVC /webjars/**", "/webjars/no-such-file.js", accounts(nothingThere())),
                web("MVC /actuator/health", "/actuator/health", everyone(ok(200))),
                web("MVC /actuator/health/**", "/actuator/health/readiness", everyone(ok(200))),
                web("MVC /actuator/info", "/actuator/info", everyone(ok(200))),
                web("MVC /actuator", "/actuator", administrators(ok(200))),
                web("MVC /actuator/prometheus", "/actuator/prometheus", (caller, scope) -> switch (caller) {
                    case ADMIN, MONITORING -> ok(200);
                    case ANONYMOUS -> UNAUTHENTICATED;
                    default -> FORBIDDEN;
                }),
                web("MVC /error", "/error", accounts(nothingThere())),
                web("MVC /v3/api-docs", "/v3/api-docs", accounts(ok(200))),
                web("MVC /v3/api-docs.yaml", "/v3/api-docs.yaml", accounts(ok(200))),
                web("MVC /v3/api-docs/swagger-config", "/v3/api-docs/swagger-config", accounts(ok(200))),
                web("MVC /swagger-ui.html", "/swagger-ui.html", accounts(ok(302))),
                web("MVC /swagger-ui/**", "/swagger-ui/index.html", accounts(ok(200))),
                web("MVC /swagger-ui/*swagger-initializer.js", "/swagger-ui/swagger-initializer.js", accounts(ok(200))),
                web("MVC /webjars/*swagger-ui/**", "/webjars/swagger-ui/index.html", accounts(ok(200))),
                web(
                        "MVC /webjars/*swagger-ui/*swagger-initializer.js",
                        "/webjars/swagger-ui/swagger-initializer.js",
                        accounts(ok(200))),
                web(
                        "MVC /webjars/*swagger-ui/5.32.2/*swagger-initializer.js",
                        "/webjars/swagger-ui/5.32.2/swagger-initializer.js",
                        accounts(ok(200))),
                web("SERVLET /engine-rest/*", "/engine-rest/version", administrators(ok(200))),
                // Camunda's web apps' files and APIs, as a signed-in browser reaches them.
                cockpitFile("MVC /camunda/app/**", "/camunda/app/cockpit/default/", ok(200)),
                cockpitFile("MVC /camunda/favicon.ico", "/camunda/favicon.ico", ok(200)),
                cockpitFile("MVC /camunda/assets/**", "/camunda/assets/no-such-file.css", nothingThere()),
                cockpitFile("MVC /camunda/lib/**", "/camunda/lib/no-such-file.js", nothingThere()),
                cockpitFile("MVC /camunda/api/**", "/camunda/api/no-such-api/x", nothingThere()),
                cockpitFile("SERVLET /camunda/api/admin/*", "/camunda/api/admin/auth/user/default", ok(200)),
                cockpitFile(
                        "SERVLET /camunda/api/cockpit/*",
                        "/camunda/api/cockpit/plugin/base/default/incident/count",
                        ok(200)),
                cockpitFile("SERVLET /camunda/api/engine/*", "/camunda/api/engine/engine/default/task/count", ok(200)),
                cockpitFile(
                        "SERVLET /camunda/api/tasklist/*",
                        "/camunda/api/tasklist/plugin/tasklistPlugins/static/app/plugin.css",
                        ok(200)),
                cockpitFile(
                        "SERVLET /camunda/api/welcome/*",
                        "/camunda/api/welcome/plugin/welcomePlugins/static/app/plugin.css",
                        nothingThere()),

                // Camunda's web apps and their APIs: administrators signed in to Verivali only. The app pages come
                // first: opening one hands the Verivali sign-in to Camunda, as a browser's first visit does.
                webapp("/camunda/app/cockpit", "/camunda/app/cockpit/default/", ok(200)),
                webapp("/camunda/app/admin", "/camunda/app/admin/default/", ok(200)),
                webapp("/camunda/app/tasklist", "/camunda/app/tasklist/default/", ok(200)),
                webapp("/camunda/app/welcome", "/camunda/app/welcome/default/", ok(200)),
                webapp("/camunda/api/admin", "/camunda/api/admin/auth/user/default", ok(200)),
                webapp("/camunda/api/cockpit", "/camunda/api/cockpit/plugin/base/default/incident/count", ok(200)),
                webapp("/camunda/api/engine", "/camunda/api/engine/engine/default/task/count", ok(200)),
                webapp(
                        "/camunda/api/tasklist",
                        "/camunda/api/tasklist/plugin/tasklistPlugins/static/app/plugin.css",
                        ok(200)),
                webapp(
                        "/camunda/api/welcome",
                        "/camunda/api/welcome/plugin/welcomePlugins/static/app/plugin.css",
                        nothingThere()));
    }

    // The rules.

    private static Rule anyone(Outcome outcome) {
        return (caller, scope) -> outcome;
    }

    /** Who am I: any account, the system's own included. */
    private static Outcome signedIn(CallerRole caller, Scope scope) {
        return caller.isAnonymous() ? UNAUTHENTICATED : ok(200);
    }

    /** The registry's endpoints: 401 without an account, 403 for the system's own, else the officials' rule. */
    private static Rule registry(Rule officials) {
        return (caller, scope) -> {
            if (caller.isAnonymous()) {
                return UNAUTHENTICATED;
            }
            return caller.isSystemAccount() ? FORBIDDEN : officials.expect(caller, scope);
        };
    }

    /** A list filtered by a region outside one's own is refused openly: region codes are public. */
    private static Outcome listWithinRegion(CallerRole caller, Scope scope) {
        return scope == Scope.OUTSIDE ? FORBIDDEN : ok(200);
    }

    /** A search finds the thing inside one's region, and outside it finds nothing, as if it did not exist. */
    private static Outcome findWithinRegion(CallerRole caller, Scope scope) {
        return scope == Scope.OUTSIDE ? NOT_LISTED : LISTED;
    }

    private static Outcome readWithinRegion(CallerRole caller, Scope scope) {
        return scope == Scope.OUTSIDE ? NOT_FOUND : ok(200);
    }

    /** Only village operators propose, in their own village; a household elsewhere is as one that does not exist. */
    private static Outcome propose(CallerRole caller, Scope scope) {
        if (caller != CallerRole.VILLAGE_OPERATOR) {
            return FORBIDDEN;
        }
        return scope == Scope.OUTSIDE ? NOT_FOUND : ok(201);
    }

    /** Only the proposer withdraws; anyone else who can read the change is refused openly. */
    private static Outcome withdraw(CallerRole caller, Scope scope) {
        if (scope == Scope.OUTSIDE) {
            return NOT_FOUND;
        }
        return caller == CallerRole.VILLAGE_OPERATOR ? ok(200) : FORBIDDEN;
    }

    private static Outcome inbox(CallerRole caller, Scope scope) {
        return caller.decides() && scope == Scope.INSIDE ? LISTED : NOT_LISTED;
    }

    /** Another's task is as one that does not exist, whether in one's region or not. */
    private static Rule actOnOwnTask(Outcome allowed) {
        return (caller, scope) -> caller.decides() && scope == Scope.INSIDE ? allowed : NOT_FOUND;
    }

    /** A field sheet lists one village: an official above the village must name one. */
    private static Outcome fieldSheet(CallerRole caller, Scope scope) {
        if (scope == Scope.OUTSIDE) {
            return FORBIDDEN;
        }
        return caller.level() == null || caller.level() == RegionLevel.VILLAGE ? ok(200) : invalid("region");
    }

    /** Anyone else's task is as one that does not exist, as in the inbox. */
    private static Outcome recordsVisit(CallerRole caller, Scope scope) {
        return caller == CallerRole.VILLAGE_OPERATOR && scope == Scope.INSIDE ? invalid("reason") : NOT_FOUND;
    }

    private static Outcome importsFieldSheets(CallerRole caller, Scope scope) {
        return caller == CallerRole.VILLAGE_OPERATOR ? invalid("file") : FORBIDDEN;
    }

    private static Outcome confirmsImport(CallerRole caller, Scope scope) {
        return caller == CallerRole.VILLAGE_OPERATOR ? NOT_FOUND : FORBIDDEN;
    }

    private static Outcome holdDeliberation(CallerRole caller, Scope scope) {
        return caller.chairs() && scope == Scope.INSIDE ? invalid("minutes") : FORBIDDEN;
    }

    private static Outcome supervises(CallerRole caller, Scope scope) {
        return switch (caller) {
            case SUPERVISOR, DISTRICT_HEAD, DISTRICT_OPERATOR, MINISTRY_OFFICER ->
                scope == Scope.OUTSIDE ? FORBIDDEN : ok(200);
            default -> FORBIDDEN;
        };
    }

    /** The supervision readers follow a round of their district; one of another district is as none. */
    private static Outcome supervisesRound(CallerRole caller, Scope scope) {
        return switch (caller) {
            case SUPERVISOR, DISTRICT_HEAD, DISTRICT_OPERATOR, MINISTRY_OFFICER ->
                scope == Scope.OUTSIDE ? NOT_FOUND : ok(200);
            default -> FORBIDDEN;
        };
    }

    /** A district sets targets for its own kecamatan; one of another district is refused openly. */
    private static Outcome setsTargets(CallerRole caller, Scope scope) {
        boolean district = caller == CallerRole.DISTRICT_HEAD || caller == CallerRole.DISTRICT_OPERATOR;
        return district && scope == Scope.INSIDE ? invalid("targetDate") : FORBIDDEN;
    }

    private static Outcome opensRounds(CallerRole caller, Scope scope) {
        return switch (caller) {
            case DISTRICT_HEAD, DISTRICT_OPERATOR -> scope == Scope.INSIDE ? invalid("targetDate") : FORBIDDEN;
            case MINISTRY_OFFICER -> invalid("targetDate");
            default -> FORBIDDEN;
        };
    }

    /**
     * A round is read by everyone of its district (the place just outside a village's or a kecamatan's region is
     * still in it); a round of another district is as one that does not exist.
     */
    private static Outcome readsRound(CallerRole caller, Scope scope) {
        return inRoundsDistrict(caller, scope) ? ok(200) : NOT_FOUND;
    }

    /** Only the opener (the district head, at home) pauses or resumes; the round has nothing left to start: 409. */
    private static Outcome changesRound(CallerRole caller, Scope scope) {
        if (!inRoundsDistrict(caller, scope)) {
            return NOT_FOUND;
        }
        return caller == CallerRole.DISTRICT_HEAD ? ok(409) : FORBIDDEN;
    }

    private static boolean inRoundsDistrict(CallerRole caller, Scope scope) {
        return scope != Scope.OUTSIDE
                || caller.level() == RegionLevel.VILLAGE
                || caller.level() == RegionLevel.SUBDISTRICT;
    }

    /** An auditor replays the changes of their region; one elsewhere is as one that does not exist. */
    private static Outcome auditsWithinRegion(CallerRole caller, Scope scope) {
        if (caller != CallerRole.AUDITOR) {
            return FORBIDDEN;
        }
        return scope == Scope.OUTSIDE ? NOT_FOUND : ok(200);
    }

    private static Outcome auditorsOnly(CallerRole caller, Scope scope) {
        return caller == CallerRole.AUDITOR ? ok(200) : FORBIDDEN;
    }

    /** Camunda's REST API: HTTP Basic from administrators only. */
    private static Row engine(String family, HttpMethod method, String path, Outcome allowed) {
        return engine(family, method, path, allowed, FORBIDDEN);
    }

    /** Camunda's REST API where an integration serves external tasks: administrators and integrations. */
    private static Row externalTasks(HttpMethod method, String path, Outcome allowed) {
        return engine("/external-task", method, path, allowed, allowed);
    }

    private static Row engine(String family, HttpMethod method, String path, Outcome allowed, Outcome integration) {
        return new Row(
                Door.ENGINE_REST,
                "/engine-rest" + family,
                method,
                path,
                Target.NONE,
                (caller, scope) -> switch (caller) {
                    case ADMIN -> allowed;
                    case INTEGRATION -> integration;
                    case ANONYMOUS -> UNAUTHENTICATED;
                    default -> FORBIDDEN;
                },
                null,
                null,
                false);
    }

    /**
     * A path outside {@code /api} that the application serves: the front end's files and screens, health, the OpenAPI
     * description, Camunda's servlets. Closed (401) to strangers unless opened on purpose.
     */
    private static Row web(String registered, String path, Rule rule) {
        return new Row(Door.WEB, registered, GET, path, Target.NONE, rule, null, null, true);
    }

    /** Open to everyone, signed in or not. */
    private static Rule everyone(Outcome outcome) {
        return anyone(outcome);
    }

    /** A file or API of Camunda's web apps: administrators signed in to Verivali. */
    private static Row cockpitFile(String registered, String path, Outcome allowed) {
        return web(registered, path, (caller, scope) -> switch (caller) {
            case ADMIN -> allowed;
            case ANONYMOUS -> TO_SIGN_IN;
            default -> FORBIDDEN;
        });
    }

    /** Any account; a stranger is asked to sign in. */
    private static Rule accounts(Outcome outcome) {
        return (caller, scope) -> caller.isAnonymous() ? UNAUTHENTICATED : outcome;
    }

    private static Rule administrators(Outcome outcome) {
        return (caller, scope) -> switch (caller) {
            case ADMIN -> outcome;
            case ANONYMOUS -> UNAUTHENTICATED;
            default -> FORBIDDEN;
        };
    }

    /** Camunda's web apps: administrators signed in to Verivali; strangers are sent to the sign-in page. */
    private static Row webapp(String app, String path, Outcome allowed) {
        return new Row(
                Door.CAMUNDA_WEBAPP,
                app,
                GET,
                path,
                Target.NONE,
                (caller, scope) -> switch (caller) {
                    case ADMIN -> allowed;
                    case ANONYMOUS -> TO_SIGN_IN;
                    default -> FORBIDDEN;
                },
                null,
                null,
                true);
    }

    private static Row securityFilter(HttpMethod method, String path, Rule rule) {
        return new Row(Door.SECURITY_FILTER, method + " " + path, method, path, Target.NONE, rule, null, null, false);
    }

    private static Row api(HttpMethod method, String pattern, Target target, Rule rule) {
        return new Row(Door.API, method + " " + pattern, method, pattern, target, rule, null, null, false);
    }

    // The probes' bodies.

    /** A decision the stage does not offer: field checks approve or reject, deliberations do not return, ... */
    private static Decision notOfferedAt(Stage stage) {
        for (Decision decision : Decision.values()) {
            if (!stage.allowedDecisions().contains(decision)) {
                return decision;
            }
        }
        throw new IllegalStateException(stage + " offers every decision");
    }

    /** A day counted from today in the registry's time zone, as the API's date windows count. */
    private static LocalDate daysFromToday(int days) {
        return LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(days);
    }

    /** A deliberation of the caller's level and region deciding the caller's task; national callers hold a decree. */
    private static Object deliberation(CallerRole caller, Site site, Thing task) {
        var body = new LinkedHashMap<String, Object>();
        String level = caller.deliberationLevel();
        body.put("level", level);
        if (!level.equals("MINISTRY")) {
            body.put("regionCode", site.regionAt(caller.level()));
        }
        body.put("heldOn", daysFromToday(-1).toString());
        body.put("place", "Balai Desa");
        body.put("minutesNumber", DeliberationForm.uniqueMinutesNumber("MATRIKS"));
        body.put("attendees", List.of("Ketua BPD"));
        body.put("decisions", List.of(Map.of("taskId", task.id(), "decision", "APPROVE")));
        return body;
    }
}
