package id.verivali.history;

import id.verivali.changerequest.ChangeStatus;
import java.util.List;

/** A change's events, oldest first; events at the same moment in the order they happened in the process. */
record TimelineView(
        long changeRequestId,
        String number,
        ChangeStatus status,
        String processInstanceId,
        List<TimelineEvent> events) {}
