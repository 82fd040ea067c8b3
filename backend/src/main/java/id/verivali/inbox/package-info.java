/**
 * The officials' inboxes: a read model of open work items kept in step with the engine's tasks, queried by role,
 * region, stage and due date; claiming and deciding go through the engine.
 */
package id.verivali.inbox;
