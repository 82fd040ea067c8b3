/**
 * Deliberations (musyawarah desa, rapat pleno kecamatan, the district's ratification, the minister's decree): one
 * record with its date, place, attendees, minutes number and signed minutes file that decides many household changes
 * in one transaction, all or nothing, through the officials' inboxes.
 */
package id.verivali.deliberation;
