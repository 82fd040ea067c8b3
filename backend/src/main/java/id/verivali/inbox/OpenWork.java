package id.verivali.inbox;

import java.util.List;
import java.util.Map;

/**
 * The open work under a region: its counts per child region and stage, and each child's oldest overdue task (the
 * lowest task id of several due at the same moment); children without open work or nothing overdue are absent.
 */
public record OpenWork(List<OpenWorkCount> counts, Map<String, OpenTaskView> oldestOverdue) {}
