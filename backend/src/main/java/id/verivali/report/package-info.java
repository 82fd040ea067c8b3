/**
 * The published figures of the registry, as district and ministry reports state them (Kota Depok 2021: matched with
 * the civil registry, not matched, died, proposed for deletion, without an e-KTP; Kutai Kartanegara 2022: households
 * and members before and after verivali), for a region and each of its child regions, as JSON, CSV or XLSX.
 */
package id.verivali.report;
