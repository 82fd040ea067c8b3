package id.verivali.workflow;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * With authorizations on, Camunda by default writes a grant for every task's candidate group, assignee and owner, and
 * deletes it again when the task closes: two writes per task for nothing, since officials never reach the engine's
 * API (Verivali checks their role and region itself) and a district round opens tens of thousands of tasks. So tasks
 * and process instances get no grants; the rest (users, groups, deployments) keeps Camunda's defaults.
 */
@Component
class NoTaskGrants extends AbstractProcessEnginePlugin {

    private static final AuthorizationEntity[] NONE = {};

    @Override
    public void preInit(ProcessEngineConfigurationImpl engine) {
        engine.setResourceAuthorizationProvider(new DefaultAuthorizationProvider() {
            @Override
            public AuthorizationEntity[] newProcessInstance(ProcessInstance instance) {
                return NONE;
            }

            @Override
            public AuthorizationEntity[] newTask(Task task) {
                return NONE;
            }

            @Override
            public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
                return NONE;
            }

            @Override
            public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
                return NONE;
            }

            @Override
            public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
                return NONE;
            }

            @Override
            public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
                return NONE;
            }

            @Override
            public AuthorizationEntity[] deleteTaskUserIdentityLink(Task task, String userId, String type) {
                return NONE;
            }

            @Override
            public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
                return NONE;
            }
        });
    }
}
