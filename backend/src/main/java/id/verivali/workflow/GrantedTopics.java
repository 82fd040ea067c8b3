package id.verivali.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.verivali.security.CurrentUser;
import id.verivali.security.Role;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ExternalTaskService;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Keeps an integration to the external-task topics it is granted ({@code verivali.workflow.integration-topics}): a
 * fetch-and-lock that names another topic is refused (403), and a completion, failure, error, lock extension or
 * unlock of another topic's task is answered as if the task did not exist (404), both as problem details. Camunda's own authorizations know
 * process definitions and instances, not topics.
 */
class GrantedTopics implements ContainerRequestFilter {

    private static final Pattern FETCH_AND_LOCK = Pattern.compile("(?:engine/[^/]+/)?external-task/fetchAndLock/?");
    private static final Pattern ONE_TASK = Pattern.compile(
            "(?:engine/[^/]+/)?external-task/([^/]+)/(?:complete|failure|bpmnError|extendLock|unlock)/?");

    private final Set<String> granted;
    private final ExternalTaskService externalTasks;
    private final ObjectMapper json;

    GrantedTopics(Set<String> granted, ExternalTaskService externalTasks, ObjectMapper json) {
        this.granted = Set.copyOf(granted);
        this.externalTasks = externalTasks;
        this.json = json;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!"POST".equals(request.getMethod()) || !isIntegration()) {
            return;
        }
        String path = request.getUriInfo().getPath();
        if (FETCH_AND_LOCK.matcher(path).matches()) {
            var others = topicsAskedFor(request);
            others.removeAll(granted);
            if (!others.isEmpty()) {
                throw new ForbiddenException(
                        "This account may not fetch external tasks of the topics " + String.join(", ", others) + ".");
            }
            return;
        }
        var oneTask = ONE_TASK.matcher(path);
        if (oneTask.matches()) {
            var task = externalTasks
                    .createExternalTaskQuery()
                    .externalTaskId(oneTask.group(1))
                    .singleResult();
            if (task != null && !granted.contains(task.getTopicName())) {
                throw new NotFoundException();
            }
        }
    }

    /** The topics a fetch-and-lock body names; the body is put back for Camunda to read. */
    private Set<String> topicsAskedFor(ContainerRequestContext request) throws IOException {
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        var topics = new TreeSet<String>();
        JsonNode asked;
        try {
            asked = json.readTree(body);
        } catch (IOException unreadable) {
            // Camunda refuses it with its own 400.
            return topics;
        }
        if (asked != null) {
            asked.path("topics")
                    .forEach(topic -> topics.add(topic.path("topicName").asText()));
        }
        return topics;
    }

    private static boolean isIntegration() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getPrincipal() instanceof CurrentUser user
                && user.role() == Role.INTEGRATION;
    }
}
