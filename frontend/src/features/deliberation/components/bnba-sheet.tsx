import { PrinterOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { formatDate } from '@/lib/format';

import { DeliberationPending } from './deliberation-pending';
import { useDeliberation } from '../api/get-deliberation';
import { rtRw } from '../household-address';
import './bnba.css';

interface BnbaSheetProps {
  id: number;
  backPath: string;
}

/**
 * The by-name-by-address list (BNBA) signed with the minutes: every household decided, by name and
 * address, never by NIK, since it is posted at the village office.
 */
export function BnbaSheet({ id, backPath }: BnbaSheetProps) {
  const { t } = useTranslation('deliberation');
  const { t: tCommon } = useTranslation();
  const deliberation = useDeliberation(id);

  if (!deliberation.isSuccess) {
    return <DeliberationPending query={deliberation} />;
  }
  const found = deliberation.data;
  const region = found.region ? (found.region.name ?? found.region.code) : t('national');
  const minutesLabel = t(`field.minutesNumber.${found.level}`);

  return (
    <article className="bnba">
      <Flex
        className="bnba-no-print"
        gap="small"
        justify="space-between"
        wrap
        style={{ marginBottom: 16 }}
      >
        <Link to={backPath}>{tCommon('action.back')}</Link>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('bnba.print')}
        </Button>
      </Flex>
      <header style={{ textAlign: 'center', marginBottom: 16 }}>
        <h1 style={{ fontSize: 18, margin: 0 }}>{t('bnba.title')}</h1>
        <p style={{ margin: '4px 0' }}>
          {t(`level.${found.level}`)} · {region}
        </p>
        <p style={{ margin: 0 }}>
          {t('bnba.attachment', { label: minutesLabel, number: found.minutesNumber })}
        </p>
      </header>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '2px 12px' }}>
        <dt>{t(`field.heldOn.${found.level}`)}</dt>
        <dd style={{ margin: 0 }}>{formatDate(found.heldOn)}</dd>
        <dt>{t('field.place')}</dt>
        <dd style={{ margin: 0 }}>{found.place}</dd>
        <dt>{minutesLabel}</dt>
        <dd style={{ margin: 0 }}>{found.minutesNumber}</dd>
      </dl>
      {found.decisions.length === 0 ? (
        <p>{t('bnba.empty')}</p>
      ) : (
        <div className="bnba-scroll">
          <table className="bnba-list">
            <thead>
              <tr>
                <th scope="col">{t('bnba.no')}</th>
                <th scope="col">{t('field.number')}</th>
                <th scope="col">{t('field.householdHead')}</th>
                <th scope="col">{t('field.address')}</th>
                <th scope="col">{t('field.rtRw')}</th>
                <th scope="col">{t('field.village')}</th>
                <th scope="col">{t('field.type')}</th>
                <th scope="col">{t('field.decision')}</th>
                <th scope="col">{t('field.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {found.decisions.map((item, index) => (
                <tr key={item.taskId}>
                  <td>{index + 1}</td>
                  <td>{item.changeRequestNumber}</td>
                  <td>{item.household?.headName ?? ''}</td>
                  <td>{item.household?.address ?? ''}</td>
                  <td>{rtRw(item.household)}</td>
                  <td>{item.household?.villageName ?? item.household?.villageCode ?? ''}</td>
                  <td>{t(`changeType.${item.changeType}`)}</td>
                  <td>{t(`decided.${item.decision}`)}</td>
                  <td>{item.reason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p style={{ marginTop: 24, textAlign: 'right' }}>
        {t('bnba.signedAt', { place: found.place, date: formatDate(found.heldOn) })}
      </p>
      <div className="bnba-signatures">
        <Signature title={t('bnba.witness')} signature={t('bnba.signature')} />
        <Signature title={t(`bnba.chair.${found.level}`)} signature={t('bnba.signature')} />
      </div>
    </article>
  );
}

function Signature({ title, signature }: { title: string; signature: string }) {
  return (
    <div className="bnba-signature">
      <div>{title}</div>
      <div className="bnba-signature-space" />
      <div>{signature}</div>
    </div>
  );
}
