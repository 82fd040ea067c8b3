import type { ProcessDiagram, TakenFlow, TimelineEvent } from './types';

/** One event of the history, and where in the model it happened. */
export interface ReplayStep {
  event: TimelineEvent;
  /** The model element the event is about, when the diagram ran it. */
  elementId?: string;
  /** The flows the process took up to this event since the step before, in order. */
  newFlows: TakenFlow[];
}

/** What the diagram shows at one step. */
export interface ReplayState {
  step: number;
  event?: TimelineEvent;
  visitedActivities: string[];
  takenFlows: string[];
  current?: string;
}

const time = (iso: string) => Date.parse(iso);

function startEventOf(diagram: ProcessDiagram) {
  return diagram.activities
    .filter((activity) => activity.activityType === 'startEvent')
    .sort((a, b) => time(a.startedAt) - time(b.startedAt))[0]?.activityId;
}

function elementOf(event: TimelineEvent, ran: Set<string>, start?: string) {
  if (event.activityId && ran.has(event.activityId)) {
    return event.activityId;
  }
  return event.kind === 'CHANGE_PROPOSED' ? start : undefined;
}

/**
 * The history as steps, oldest first (the server's order kept for events at the same moment). The
 * flows are handed out in their taken order: a step gets those taken before its moment and, at the
 * same moment, those up to the one that reached its element, so a flow never shows before the event
 * that followed it.
 */
export function buildSteps(events: TimelineEvent[], diagram: ProcessDiagram): ReplayStep[] {
  const ran = new Set(diagram.activities.map((activity) => activity.activityId));
  const start = startEventOf(diagram);
  const flows: TakenFlow[] = [...diagram.takenFlows].sort((a, b) => a.seq - b.seq);
  const ordered = events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => time(a.event.at) - time(b.event.at) || a.index - b.index)
    .map(({ event }) => event);

  let cursor = 0;
  return ordered.map((event, index) => {
    const at = time(event.at);
    const elementId = elementOf(event, ran, start);
    const last = index === ordered.length - 1;
    const from = cursor;
    const before = flows.findIndex((flow, i) => i >= from && time(flow.takenAt) >= at);
    cursor = before === -1 ? flows.length : before;
    const byNow = flows.findIndex((flow, i) => i >= cursor && time(flow.takenAt) > at);
    const untilNow = byNow === -1 ? flows.length : byNow;
    const reaching = flows.findIndex(
      (flow, i) => i >= cursor && i < untilNow && flow.targetActivityId === elementId,
    );
    if (last) {
      cursor = untilNow;
    } else if (reaching !== -1) {
      cursor = reaching + 1;
    }
    return { event, elementId, newFlows: flows.slice(from, cursor) };
  });
}

/**
 * The diagram at step `k` (clamped to the steps there are): the elements that ran up to it (gateways
 * through the flows in and out of them), the flows taken, and the step's own element.
 */
export function stateAt(steps: ReplayStep[], k: number): ReplayState {
  if (steps.length === 0) {
    return { step: 0, visitedActivities: [], takenFlows: [] };
  }
  const step = Math.min(Math.max(0, k), steps.length - 1);
  const shown = steps.slice(0, step + 1);
  const visited = new Set<string>();
  const taken: string[] = [];
  for (const { elementId, newFlows } of shown) {
    for (const flow of newFlows) {
      taken.push(flow.flowId);
      visited.add(flow.sourceActivityId).add(flow.targetActivityId);
    }
    if (elementId) {
      visited.add(elementId);
    }
  }
  return {
    step,
    event: shown.at(-1)?.event,
    visitedActivities: [...visited],
    takenFlows: taken,
    current: shown.at(-1)?.elementId,
  };
}

export const markerClass = {
  visited: 'replay-visited',
  taken: 'replay-taken',
  current: 'replay-current',
} as const;

export type Markers = ReadonlyMap<string, string>;

/** Each element's canvas marker at a state: the current one apart from those that ran before. */
export function markersFor(state: ReplayState): Markers {
  const markers = new Map<string, string>();
  state.takenFlows.forEach((flow) => markers.set(flow, markerClass.taken));
  state.visitedActivities.forEach((activity) => markers.set(activity, markerClass.visited));
  if (state.current) {
    markers.set(state.current, markerClass.current);
  }
  return markers;
}

/** What to take off the canvas and put on it to go from one set of markers to the next. */
export function markerChanges(previous: Markers, next: Markers) {
  const remove = [...previous].filter(([element, marker]) => next.get(element) !== marker);
  const add = [...next].filter(([element, marker]) => previous.get(element) !== marker);
  return { remove, add };
}
