/**
 * The supervisors' views: open work and deadlines by region and stage, each kecamatan's progress towards the target
 * date its district set, and the targets themselves. Counts come from the inbox's and the change requests' indexed
 * columns, never from the engine.
 */
package id.verivali.supervision;
