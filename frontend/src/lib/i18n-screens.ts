import enAccount from '@/locales/en/account.json';
import enAudit from '@/locales/en/audit.json';
import enAuth from '@/locales/en/auth.json';
import enChange from '@/locales/en/change.json';
import enCommon from '@/locales/en/common.json';
import enDeliberation from '@/locales/en/deliberation.json';
import enFieldWork from '@/locales/en/field-work.json';
import enHousehold from '@/locales/en/household.json';
import enInbox from '@/locales/en/inbox.json';
import enIntake from '@/locales/en/intake.json';
import enReport from '@/locales/en/report.json';
import enResident from '@/locales/en/resident.json';
import enRounds from '@/locales/en/rounds.json';
import enSupervision from '@/locales/en/supervision.json';
import idAccount from '@/locales/id/account.json';
import idAudit from '@/locales/id/audit.json';
import idAuth from '@/locales/id/auth.json';
import idChange from '@/locales/id/change.json';
import idCommon from '@/locales/id/common.json';
import idDeliberation from '@/locales/id/deliberation.json';
import idFieldWork from '@/locales/id/field-work.json';
import idHousehold from '@/locales/id/household.json';
import idInbox from '@/locales/id/inbox.json';
import idIntake from '@/locales/id/intake.json';
import idReport from '@/locales/id/report.json';
import idResident from '@/locales/id/resident.json';
import idRounds from '@/locales/id/rounds.json';
import idSupervision from '@/locales/id/supervision.json';

import { registerWords } from './i18n';

/** Every namespace in both languages; importing this module registers the screens' ones with i18next. */
export const resources = {
  id: {
    common: idCommon,
    auth: idAuth,
    household: idHousehold,
    inbox: idInbox,
    intake: idIntake,
    supervision: idSupervision,
    report: idReport,
    audit: idAudit,
    deliberation: idDeliberation,
    change: idChange,
    rounds: idRounds,
    account: idAccount,
    'field-work': idFieldWork,
    resident: idResident,
  },
  en: {
    common: enCommon,
    auth: enAuth,
    household: enHousehold,
    inbox: enInbox,
    intake: enIntake,
    supervision: enSupervision,
    report: enReport,
    audit: enAudit,
    deliberation: enDeliberation,
    change: enChange,
    rounds: enRounds,
    account: enAccount,
    'field-work': enFieldWork,
    resident: enResident,
  },
} as const;

registerWords(resources);
