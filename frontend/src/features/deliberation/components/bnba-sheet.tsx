import { PrinterOutlined } from '@ant-design/icons';
import { Button, Flex, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { formatLongDate } from '@/lib/format';

import { DeliberationPending } from './deliberation-pending';
import { useBnba } from '../api/get-bnba';
import { maskNumber, rtRw } from '../household-address';
import type { Bnba, BnbaRow } from '../types';
import './bnba.css';

interface BnbaSheetProps {
  id: number;
  backPath: string;
}

/**
 * The by-name-by-address list (BNBA) signed with the minutes, as a legal record: the office's
 * letterhead, every household decided with its head's NIK and family card, the signatures. The copy
 * posted at the village office masks the NIKs and KK numbers.
 */
export function BnbaSheet({ id, backPath }: BnbaSheetProps) {
  const { t } = useTranslation('deliberation');
  const { t: tCommon } = useTranslation();
  const bnba = useBnba(id);
  const [forPosting, setForPosting] = useState(false);

  if (!bnba.isSuccess) {
    return <DeliberationPending query={bnba} />;
  }
  const found = bnba.data;
  const minutesLabel = t(`field.minutesNumber.${found.level}`);
  const heldOn = formatLongDate(found.heldOn);

  return (
    <article className="bnba">
      <Flex className="bnba-no-print" gap="middle" justify="space-between" align="center" wrap>
        <Link to={backPath}>{tCommon('action.back')}</Link>
        <Flex gap="middle" align="center" wrap>
          <label className="bnba-posting-switch">
            <Switch checked={forPosting} onChange={setForPosting} />
            <span>{t('bnba.forPosting')}</span>
          </label>
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('bnba.print')}
          </Button>
        </Flex>
      </Flex>
      <Letterhead bnba={found} />
      <header className="bnba-heading">
        <h1>{t('bnba.title')}</h1>
        <p>{t('bnba.attachment', { label: minutesLabel, number: found.minutesNumber })}</p>
        {forPosting && <p className="bnba-posting-note">{t('bnba.postingNote')}</p>}
      </header>
      <dl className="bnba-facts">
        <dt>{t(`field.heldOn.${found.level}`)}</dt>
        <dd>{heldOn}</dd>
        <dt>{t('field.place')}</dt>
        <dd>{found.place}</dd>
        <dt>{minutesLabel}</dt>
        <dd>{found.minutesNumber}</dd>
      </dl>
      {found.rows.length === 0 ? (
        <p>{t('bnba.empty')}</p>
      ) : (
        <HouseholdRows rows={found.rows} masked={forPosting} />
      )}
      <p className="bnba-signed-at">{t('bnba.signedAt', { place: found.place, date: heldOn })}</p>
      <div className="bnba-signatures">
        <div className="bnba-signature">
          <div>{chairTitle(found, t)}</div>
          <div className="bnba-signature-space" />
          <div className="bnba-signature-name">{found.chair.fullName}</div>
        </div>
      </div>
      {found.attendees.length > 0 && <Attendance attendees={found.attendees} />}
    </article>
  );
}

function HouseholdRows({ rows, masked }: { rows: BnbaRow[]; masked: boolean }) {
  const { t } = useTranslation('deliberation');
  const { t: tHousehold } = useTranslation('household');
  const shown = (number?: string) => (masked && number ? maskNumber(number) : (number ?? ''));
  const label = {
    no: t('bnba.no'),
    number: t('field.number'),
    head: t('field.householdHead'),
    nik: t('bnba.headNik'),
    kk: t('bnba.kkNumber'),
    address: t('field.address'),
    rtRw: t('field.rtRw'),
    village: t('field.village'),
    type: t('field.type'),
    removalReason: t('bnba.removalReason'),
    decision: t('field.decision'),
    reason: t('field.reason'),
  };
  return (
    <table className="bnba-list">
      <thead>
        <tr>
          {Object.values(label).map((text) => (
            <th key={text} scope="col">
              {text}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={row.changeRequestId}>
            <td data-label={label.no}>{index + 1}</td>
            <td data-label={label.number}>{row.changeRequestNumber}</td>
            <td data-label={label.head}>{row.headName ?? ''}</td>
            <td data-label={label.nik} className="bnba-number">
              {shown(row.headNik)}
            </td>
            <td data-label={label.kk} className="bnba-number">
              {shown(row.kkNumber)}
            </td>
            <td data-label={label.address}>{row.address ?? ''}</td>
            <td data-label={label.rtRw}>{rtRw(row)}</td>
            <td data-label={label.village}>{row.villageName ?? row.villageCode ?? ''}</td>
            <td data-label={label.type}>{t(`changeType.${row.changeType}`)}</td>
            <td data-label={label.removalReason}>
              {row.removalReason ? tHousehold(`removalReason.${row.removalReason}`) : ''}
            </td>
            <td data-label={label.decision}>{t(`decided.${row.decision}`)}</td>
            <td data-label={label.reason}>{row.reason ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The office's letterhead, as its letters are headed: the district's government down to the village. */
function Letterhead({ bnba }: { bnba: Bnba }) {
  const { t } = useTranslation('deliberation');
  const nameAt = (level: string) =>
    bnba.letterhead.find((line) => line.level === level)?.name?.toUpperCase() ?? '';
  const village = bnba.letterhead.find((line) => line.level === 'VILLAGE');
  let lines: string[];
  if (bnba.level === 'MINISTRY' || bnba.letterhead.length === 0) {
    lines = [t('bnba.letterhead.ministry'), t('bnba.letterhead.ministryUnit')];
  } else {
    lines = [t('bnba.letterhead.government', { name: nameAt('DISTRICT') })];
    if (bnba.level === 'DISTRICT') {
      lines.push(t('bnba.letterhead.socialAffairs'));
    } else {
      lines.push(t('bnba.letterhead.subdistrict', { name: nameAt('SUBDISTRICT') }));
    }
    if (village) {
      lines.push(
        t(isKelurahan(village.code) ? 'bnba.letterhead.kelurahan' : 'bnba.letterhead.desa', {
          name: nameAt('VILLAGE'),
        }),
      );
    }
  }
  return (
    <div className="bnba-letterhead">
      {lines.map((line, index) => (
        <p key={line} className={index === lines.length - 1 ? 'bnba-letterhead-office' : undefined}>
          {line}
        </p>
      ))}
    </div>
  );
}

function Attendance({ attendees }: { attendees: string[] }) {
  const { t } = useTranslation('deliberation');
  return (
    <section className="bnba-attendance">
      <h2>{t('bnba.attendance')}</h2>
      <table className="bnba-list bnba-attendance-list">
        <thead>
          <tr>
            <th scope="col">{t('bnba.no')}</th>
            <th scope="col">{t('bnba.attendee')}</th>
            <th scope="col">{t('bnba.signatureColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {attendees.map((attendee, index) => (
            <tr key={`${index}-${attendee}`}>
              <td data-label={t('bnba.no')}>{index + 1}</td>
              <td data-label={t('bnba.attendee')}>{attendee}</td>
              <td data-label={t('bnba.signatureColumn')} className="bnba-sign-here" />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

type DeliberationT = ReturnType<typeof useTranslation<'deliberation'>>['t'];

function chairTitle(bnba: Bnba, t: DeliberationT) {
  if (bnba.level === 'VILLAGE') {
    const village = bnba.letterhead.find((line) => line.level === 'VILLAGE');
    return t(village && isKelurahan(village.code) ? 'bnba.chairOf.lurah' : 'bnba.chairOf.kades');
  }
  return t(`bnba.chair.${bnba.level}`);
}

/** Kemendagri numbers a kelurahan 1xxx and a desa 2xxx: 61.12.04.2002 is a desa. */
function isKelurahan(villageCode: string) {
  return villageCode.split('.')[3]?.startsWith('1') ?? false;
}
