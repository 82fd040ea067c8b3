/**
 * Field work (verifikasi lapangan) at village scale: a village's field checks as a worklist by dusun, RW and RT, the
 * field sheet to take out (a workbook, or a page per RT to print), the visits that decide the checks, one at a time
 * from a phone with the house's photo or hundreds at once from the filled sheet, and how far each village of a
 * kecamatan has got.
 */
package id.verivali.fieldwork;
