package id.verivali.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the audit log makes of a request to Camunda's REST API ({@code /engine-rest}, also as
 * {@code /engine-rest/engine/<name>}) or to the web apps' API ({@code /camunda/api}, whose engine part
 * {@code /camunda/api/engine/engine/<name>} Cockpit reads the engine through). See {@link AuditAction#ENGINE_READ}.
 */
enum EngineRequestKind {
    /** A read of variables' values, which are the registry's personal data: NIKs, names, birth dates. */
    PERSONAL_DATA_READ,
    /**
     * A fetch-and-lock on {@code /engine-rest}: only the answer tells whether it locked tasks, and so handed over
     * their variables, and a long poll answers from another thread. The engine's REST layer records it.
     */
    FETCH_AND_LOCK,
    /** Anything else that may change the engine. */
    OPERATION,
    /** Any other read: counts, and reads of what holds no personal data (definitions, tasks, incidents). */
    NOT_RECORDED;

    /** The engine's resources after its prefix; what follows {@code /camunda/api} elsewhere is no engine resource. */
    private static final Pattern ENGINE_RESOURCE =
            Pattern.compile("(/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)(/.*)?");

    private static final Set<String> VARIABLES = Set.of("variables", "localVariables", "form-variables");

    /** Queries of variables and of the history of their values, by GET or, as Cockpit sends them, by POST. */
    private static final List<List<String>> VARIABLE_QUERIES = List.of(
            List.of("variable-instance"), List.of("history", "variable-instance"), List.of("history", "detail"));

    private static final Set<String> TASK_VARIABLES_IN_RETURN =
            Set.of("withTaskVariablesInReturn", "withTaskLocalVariablesInReturn");

    static EngineRequestKind of(HttpServletRequest request) {
        String method = request.getMethod();
        boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
        // As the container decoded and normalised it: what Jersey matches resources against.
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        var engine = ENGINE_RESOURCE.matcher(path);
        if (!engine.matches()) {
            return read ? NOT_RECORDED : OPERATION;
        }
        List<String> resource = engine.group(2) == null
                ? List.of()
                : Arrays.stream(engine.group(2).split("/"))
                        .filter(s -> !s.isEmpty())
                        .toList();
        if (method.equals("POST")
                && engine.group(1).startsWith("/engine-rest")
                && resource.equals(List.of("external-task", "fetchAndLock"))) {
            return FETCH_AND_LOCK;
        }
        if (readsVariables(method, resource, request)) {
            return PERSONAL_DATA_READ;
        }
        return read ? NOT_RECORDED : OPERATION;
    }

    private static boolean readsVariables(String method, List<String> resource, HttpServletRequest request) {
        if (resource.isEmpty() || resource.get(resource.size() - 1).equals("count")) {
            return false;
        }
        if (method.equals("POST")) {
            return VARIABLE_QUERIES.contains(resource) || isFilterResult(resource);
        }
        if (!method.equals("GET")) {
            return false;
        }
        return VARIABLE_QUERIES.stream().anyMatch(query -> startsWith(resource, query))
                || resource.stream().anyMatch(VARIABLES::contains)
                || isFilterResult(resource)
                || (resource.get(0).equals("task")
                        && TASK_VARIABLES_IN_RETURN.stream()
                                .anyMatch(flag -> "true".equals(request.getParameter(flag))));
    }

    /** A saved task filter's tasks, with the variables the filter shows. */
    private static boolean isFilterResult(List<String> resource) {
        return resource.size() == 3
                && resource.get(0).equals("filter")
                && (resource.get(2).equals("list") || resource.get(2).equals("singleResult"));
    }

    private static boolean startsWith(List<String> resource, List<String> prefix) {
        return resource.size() >= prefix.size()
                && resource.subList(0, prefix.size()).equals(prefix);
    }
}
