import { describe, expect, it } from 'vitest';

import { buildSteps, markerChanges, markerClass, markersFor, stateAt } from '../replay-steps';
import { diagram, timeline } from './fixtures';

const steps = buildSteps(timeline.events, diagram);

describe('replay steps', () => {
  it('orders the events by time, keeping the server order for events at the same moment', () => {
    const [proposed, checked, created, completed, ended] = timeline.events;
    const shuffled = [completed, proposed, checked, created, ended].filter((e) => e !== undefined);

    expect(buildSteps(shuffled, diagram).map((step) => step.event.kind)).toEqual([
      'CHANGE_PROPOSED',
      'CHECK_COMPLETED',
      'TASK_CREATED',
      'TASK_COMPLETED',
      'ENDED',
    ]);
  });

  it('places the proposal on the start event and each event on the element it is about', () => {
    expect(steps.map((step) => step.elementId)).toEqual([
      'Start',
      'Task_Checks',
      'Task_FieldCheck',
      'Task_FieldCheck',
      'End_Approved',
    ]);
  });

  it('shows only the start event at the first step', () => {
    expect(stateAt(steps, 0)).toMatchObject({
      step: 0,
      visitedActivities: ['Start'],
      takenFlows: [],
      current: 'Start',
    });
  });

  it('shows the flows up to the element of a middle step, not those after it', () => {
    const state = stateAt(steps, 1);

    expect(state.takenFlows).toEqual(['Flow_ToChecks']);
    expect(state.visitedActivities).toEqual(expect.arrayContaining(['Start', 'Task_Checks']));
    expect(state.visitedActivities).not.toContain('Gateway_Checks');
    expect(state.current).toBe('Task_Checks');
  });

  it('marks a gateway once a flow has passed through it', () => {
    const state = stateAt(steps, 2);

    expect(state.takenFlows).toEqual(['Flow_ToChecks', 'Flow_ChecksDone', 'Flow_ToField']);
    expect(state.visitedActivities).toContain('Gateway_Checks');
    expect(state.event?.kind).toBe('TASK_CREATED');
  });

  it('shows the whole path at the last step, and clamps steps beyond it', () => {
    const last = stateAt(steps, steps.length - 1);

    expect(last.takenFlows).toEqual([
      'Flow_ToChecks',
      'Flow_ChecksDone',
      'Flow_ToField',
      'Flow_Approved',
    ]);
    expect(last.current).toBe('End_Approved');
    expect(stateAt(steps, 99)).toEqual(last);
    expect(stateAt(steps, -1)).toEqual(stateAt(steps, 0));
  });

  it('has an empty state when there are no events', () => {
    expect(stateAt([], 0)).toEqual({ step: 0, visitedActivities: [], takenFlows: [] });
  });
});

describe('replay markers', () => {
  it('marks the current element apart from those that ran before it', () => {
    const markers = markersFor(stateAt(steps, 3));

    expect(markers.get('Task_FieldCheck')).toBe(markerClass.current);
    expect(markers.get('Task_Checks')).toBe(markerClass.visited);
    expect(markers.get('Flow_ToField')).toBe(markerClass.taken);
    expect(markers.has('End_Approved')).toBe(false);
  });

  it('changes only the markers that differ between two steps', () => {
    const { remove, add } = markerChanges(
      markersFor(stateAt(steps, 2)),
      markersFor(stateAt(steps, 4)),
    );

    expect(remove).toEqual([['Task_FieldCheck', markerClass.current]]);
    expect(add).toEqual(
      expect.arrayContaining([
        ['Task_FieldCheck', markerClass.visited],
        ['Flow_Approved', markerClass.taken],
        ['End_Approved', markerClass.current],
      ]),
    );
    expect(add).toHaveLength(3);
  });
});
