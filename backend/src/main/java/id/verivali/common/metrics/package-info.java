/** What the features share to publish their figures to Micrometer (and so to {@code /actuator/prometheus}). */
package id.verivali.common.metrics;
