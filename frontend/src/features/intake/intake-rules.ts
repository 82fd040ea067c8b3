/** The roles with residents' submissions in their inbox: the village operator decides, the Camat follows up. */
const intakeRoles = new Set(['VILLAGE_OPERATOR', 'SUBDISTRICT_HEAD']);

/** Whether the role's inbox shows residents' proposals and objections. */
export function seesIntake(role: string | undefined) {
  return role !== undefined && intakeRoles.has(role);
}

/** The longest texts the server takes (`IntakeRejection.reason`, `IntakeFollowUp.note`). */
export const maxLength = { reason: 500, note: 500 };

/** Where OpenStreetMap shows a position, marked, at the scale of a street. */
export function openStreetMapUrl(latitude: number, longitude: number) {
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=18/${latitude}/${longitude}`;
}

/**
 * The registry household an operator names: its number (`12`), or the address of its page pasted from the
 * households screen (`https://…/households/12`). Undefined when the text is neither.
 */
export function householdIdFrom(text: string | undefined): number | undefined {
  const match = /^(?:.*\/households\/)?(\d{1,15})\/?(?:[?#].*)?$/.exec(text?.trim() ?? '');
  const id = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/** A document the browser shows in the page rather than as a link. */
export function isImage(mediaType: string) {
  return mediaType === 'image/jpeg' || mediaType === 'image/png';
}
