package id.verivali.workflow;

import java.util.Collection;
import java.util.Optional;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * A task's candidate group as the model names it, {@code VILLAGE_HEAD:61.12.04.2002}, split into its role and region.
 *
 * @param region null for a national group such as {@code SUPERVISOR}
 */
record CandidateGroup(String role, String region) {

    static CandidateGroup parse(String group) {
        var separator = group.indexOf(':');
        return separator < 0
                ? new CandidateGroup(group, null)
                : new CandidateGroup(group.substring(0, separator), group.substring(separator + 1));
    }

    /** The first candidate group among a task's identity links; the model gives each task one. */
    static Optional<CandidateGroup> of(Collection<? extends IdentityLink> links) {
        return links.stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> parse(link.getGroupId()))
                .findFirst();
    }
}
