package id.verivali.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.verivali.audit.AuditLog;
import id.verivali.audit.AuditSubjects;
import id.verivali.changerequest.ChangeRequestDetails;
import id.verivali.changerequest.ChangeRequestQueries;
import id.verivali.changerequest.ChangeType;
import id.verivali.common.web.NotFoundException;
import id.verivali.deliberation.DeliberationService;
import id.verivali.security.CurrentUser;
import id.verivali.security.RegionScope;
import id.verivali.security.Role;
import id.verivali.workflow.ProcessHistory;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The auditor's replay of one change (named apart from Camunda's {@code historyService} bean). Only auditors, and only within their region: another role is refused (403),
 * a change outside the region answers as one that does not exist (404).
 */
@Service
class ChangeHistoryService {

    /** The change types that carry proposed values beyond the household they concern. */
    private static final Set<ChangeType> PROPOSES_VALUES =
            EnumSet.of(ChangeType.NEW_HOUSEHOLD, ChangeType.UPDATE, ChangeType.ADD_MEMBER);

    private final ChangeRequestQueries changes;
    private final ProcessHistory process;
    private final DeliberationService deliberations;
    private final AuditLog audit;
    private final ObjectMapper json;

    ChangeHistoryService(
            ChangeRequestQueries changes,
            ProcessHistory process,
            DeliberationService deliberations,
            AuditLog audit,
            ObjectMapper json) {
        this.changes = changes;
        this.process = process;
        this.deliberations = deliberations;
        this.audit = audit;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public TimelineView timeline(long id, CurrentUser caller, RegionScope scope) {
        var details = visibleChange(id, caller, scope);
        var change = details.change();
        var record = Optional.ofNullable(change.processInstanceId()).flatMap(process::of);
        return new TimelineView(
                change.id(),
                change.number(),
                change.status(),
                change.processInstanceId(),
                Timeline.of(
                        details,
                        PROPOSES_VALUES.contains(change.type()) ? changes.proposedChange(change.number()) : null,
                        record.orElse(null),
                        deliberations.decided(change.id()),
                        audit.about(AuditSubjects.CHANGE_REQUEST, String.valueOf(change.id())),
                        json));
    }

    @Transactional(readOnly = true)
    public DiagramView diagram(long id, CurrentUser caller, RegionScope scope) {
        var change = visibleChange(id, caller, scope).change();
        var diagram = Optional.ofNullable(change.processInstanceId())
                .flatMap(process::diagram)
                .orElseThrow(() -> new NotFoundException("processHistory", id));
        return new DiagramView(
                diagram.definition().id(),
                diagram.definition().key(),
                diagram.definition().version(),
                diagram.bpmnXml(),
                diagram.activities().stream()
                        .map(a -> new DiagramView.Activity(
                                a.activityId(),
                                a.activityName(),
                                a.activityType(),
                                a.startedAt(),
                                a.endedAt(),
                                a.actor(),
                                a.canceled()))
                        .toList(),
                diagram.takenFlows().stream()
                        .map(f -> new DiagramView.Flow(
                                f.flowId(), f.sourceActivityId(), f.targetActivityId(), f.takenAt(), f.seq()))
                        .toList());
    }

    private ChangeRequestDetails visibleChange(long id, CurrentUser caller, RegionScope scope) {
        if (caller.role() != Role.AUDITOR) {
            throw new AccessDeniedException("Only auditors replay a change's history, not " + caller.username());
        }
        return changes.details(id, scope);
    }
}
