import { useTranslation } from 'react-i18next';

import { findings, type PrintedMember } from '../types';
import type { RtGroup } from '../rt-groups';

/** The indicators the enumerator writes down, as the visit's form asks them. */
const indicators = [
  'houseOwnership',
  'floorAreaM2',
  'floorMaterial',
  'wallMaterial',
  'roofMaterial',
  'drinkingWater',
  'lighting',
  'sanitation',
  'cookingFuel',
  'monthlyExpenditure',
] as const;

interface RtSheetProps {
  group: RtGroup;
  /** The day it is printed, written out. */
  printedOn: string;
  /** Each household's members, by change id; none while they load. */
  members: Record<string, PrintedMember[]>;
}

/**
 * One RT's page of the field sheet: its header, then each household with boxes to tick the
 * finding, room for the reason, the visit's date, the indicators and the enumerator's signature.
 */
export function RtSheet({ group, printedOn, members }: RtSheetProps) {
  const { t } = useTranslation('field-work');
  const { t: tCommon } = useTranslation();
  const unknown = tCommon('state.unknown');
  const where = t('print.heading', { rw: group.rw ?? unknown, rt: group.rt ?? unknown });
  return (
    <section className="field-sheet-page" aria-label={where}>
      <header className="field-sheet-header">
        <h2>
          {t('print.title')} · {where}
        </h2>
        <dl>
          <dt>{t('print.village')}</dt>
          <dd>{group.villageName ?? group.villageCode}</dd>
          {group.dusun && (
            <>
              <dt>{t('print.dusun')}</dt>
              <dd>{group.dusun}</dd>
            </>
          )}
          <dt>{t('print.date')}</dt>
          <dd>{printedOn}</dd>
        </dl>
        <p>{t('print.instructions')}</p>
      </header>
      <table className="field-sheet-list">
        <thead>
          <tr>
            <th scope="col">{t('field.no')}</th>
            <th scope="col">{t('print.household')}</th>
            <th scope="col">{t('print.tick')}</th>
            <th scope="col">{t('print.reason')}</th>
            <th scope="col">{t('print.visitedOn')}</th>
            <th scope="col">{t('print.indicators')}</th>
            <th scope="col">{t('print.signature')}</th>
          </tr>
        </thead>
        <tbody>
          {group.checks.map((check, index) => (
            <tr key={check.taskId}>
              <td>{index + 1}</td>
              <td className="field-sheet-household">
                <strong>{check.headName ?? t('worklist.unnamed')}</strong>
                <span>{check.address ?? unknown}</span>
                <span>
                  {check.changeRequestNumber} · {t(`changeType.${check.changeType}`)}
                </span>
                <PrintedMembers members={members[check.changeRequestId] ?? []} />
              </td>
              <td>
                <ul className="field-sheet-choices">
                  {findings.map((finding) => (
                    <li key={finding}>
                      <span className="field-sheet-box" aria-hidden="true" />
                      {t(`finding.${finding}`)}
                    </li>
                  ))}
                </ul>
              </td>
              <td className="field-sheet-blank" />
              <td className="field-sheet-date">{t('print.dateBlank')}</td>
              <td>
                <ul className="field-sheet-indicators">
                  {indicators.map((indicator) => (
                    <li key={indicator}>{t(`welfare.${indicator}.label`)}:</li>
                  ))}
                </ul>
              </td>
              <td className="field-sheet-blank" />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The household's members, to check against their KTP and KK at the door. */
function PrintedMembers({ members }: { members: readonly PrintedMember[] }) {
  const { t } = useTranslation('field-work');
  if (members.length === 0) {
    return null;
  }
  return (
    <ol className="field-sheet-members" aria-label={t('print.members')}>
      {members.map((member) => (
        <li key={`${member.name}-${member.nikMasked ?? ''}`}>
          {member.name}
          {member.nikMasked && <span> · {member.nikMasked}</span>}
          <span> · {t(`print.relationship.${member.relationship}`)}</span>
        </li>
      ))}
    </ol>
  );
}
