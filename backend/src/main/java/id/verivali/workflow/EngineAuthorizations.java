package id.verivali.workflow;

import static id.verivali.bpmn.HouseholdChange.PROCESS_KEY;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The engine's grants, which apply to Camunda's REST API (Verivali's own calls have already checked role and
 * region, and run without them). Administrators are in Camunda's administrators' group, which may do anything there.
 * Integrations may do only what serving an external task of the household-change process needs: fetching and locking
 * it hands over the variables it asks for (read the instances), completing it moves the process (update them). They
 * get no grant on tasks, history, deployments, decisions or identities, so the engine refuses a user task's claim or
 * completion, a history query and the like even where the request itself would be let through. What an integration may
 * call at all, and for which topics, is narrower still: {@code SecurityConfig} lets it reach the external-task
 * endpoints only, and {@link GrantedTopics} only its topics.
 *
 * <p>Written on every start, so a grant removed or widened by hand in Cockpit is put back as it should be.
 */
@Component
class EngineAuthorizations implements ApplicationRunner {

    /** One grant: a group's permissions on one resource. */
    record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {}

    static final List<Grant> GRANTS = Stream.concat(
                    // As Camunda's first-run setup grants its administrators: everything on every resource.
                    Arrays.stream(Resources.values())
                            .map(resource -> new Grant(
                                    Groups.CAMUNDA_ADMIN, resource, Authorization.ANY, List.of(Permissions.ALL))),
                    Stream.of(new Grant(
                            EngineRestIdentity.INTEGRATION_GROUP,
                            Resources.PROCESS_DEFINITION,
                            PROCESS_KEY,
                            List.of(
                                    ProcessDefinitionPermissions.READ_INSTANCE,
                                    ProcessDefinitionPermissions.UPDATE_INSTANCE))))
            .toList();

    private static final Logger log = LoggerFactory.getLogger(EngineAuthorizations.class);

    private final AuthorizationService authorizations;

    EngineAuthorizations(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @Override
    public void run(ApplicationArguments args) {
        GRANTS.forEach(this::ensure);
    }

    private void ensure(Grant grant) {
        var existing = find(grant);
        var authorization =
                existing != null ? existing : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(grant.groupId());
        authorization.setResource(grant.resource());
        authorization.setResourceId(grant.resourceId());
        authorization.setPermissions(grant.permissions().toArray(Permission[]::new));
        try {
            authorizations.saveAuthorization(authorization);
        } catch (ProcessEngineException refused) {
            // Another node starting at the same moment wrote it first: the engine keeps one grant per group and
            // resource. The next start makes its permissions ours again if they differ.
            if (existing != null || find(grant) == null) {
                throw refused;
            }
            log.info("Another node wrote the engine grant of {} on {}", grant.groupId(), grant.resourceId());
        }
    }

    private Authorization find(Grant grant) {
        return authorizations
                .createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(grant.groupId())
                .resourceType(grant.resource())
                .resourceId(grant.resourceId())
                .singleResult();
    }
}
