import { ArrowRightOutlined } from '@ant-design/icons';
import { Alert, Descriptions, Flex, List, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { formatDate, formatRupiah } from '@/lib/format';

import type { ChangeDetails, FieldChange, ProposedPerson } from '../types';

/** The form's names of the welfare attributes where they differ from the API's. */
const welfareLabelKeys: Record<string, string> = { floorAreaM2: 'floorArea' };

/**
 * What a change asks for, so that whoever decides it sees it: the household's address and family
 * card, the member added or removed, a new household's members, a correction field by field
 * (before → proposed), a removal's reason, and why the automatic checks stopped it, in words.
 */
export function ChangeProposal({
  change,
  householdLink,
}: {
  change: ChangeDetails;
  /** Where another household named by the checks opens; none leaves its id as text. */
  householdLink?: (householdId: number) => string;
}) {
  const { t } = useTranslation(['inbox', 'household']);
  const { proposal } = change;
  const place = proposal.household;

  return (
    <Flex vertical gap="middle">
      {change.checks.failure && (
        <Alert
          type="error"
          showIcon
          title={t(`checkFailure.${change.checks.failure}.title`, {
            defaultValue: change.checks.failure,
          })}
          description={
            <Flex vertical gap={4}>
              <span>{t(`checkFailure.${change.checks.failure}.detail`, { defaultValue: '' })}</span>
              {change.checks.duplicateHouseholdIds.length > 0 && (
                <span>
                  {t('checkFailure.otherHouseholds')}{' '}
                  {change.checks.duplicateHouseholdIds.map((id, index) => (
                    <span key={id}>
                      {index > 0 && ', '}
                      {householdLink ? (
                        <Link to={householdLink(id)}>{t('checkFailure.household', { id })}</Link>
                      ) : (
                        t('checkFailure.household', { id })
                      )}
                    </span>
                  ))}
                </span>
              )}
            </Flex>
          }
        />
      )}
      <Descriptions
        size="small"
        column={1}
        bordered
        title={t('proposal.title')}
        items={[
          ...(change.removalReason
            ? [
                {
                  key: 'removalReason',
                  label: t('proposal.removalReason'),
                  children: (
                    <Tag color="red">{t(`household:removalReason.${change.removalReason}`)}</Tag>
                  ),
                },
              ]
            : []),
          ...(change.reason
            ? [{ key: 'reason', label: t('form.reason'), children: change.reason }]
            : []),
          ...(change.note ? [{ key: 'note', label: t('form.note'), children: change.note }] : []),
          {
            key: 'address',
            label: t('household:field.address'),
            children: [
              place.address,
              place.rt && place.rw && t('proposal.rtRw', { rt: place.rt, rw: place.rw }),
              change.villageName,
            ]
              .filter(Boolean)
              .join(', '),
          },
          ...(place.kkNumberMasked
            ? [
                {
                  key: 'kk',
                  label: t('household:field.kkNumber'),
                  children: <code>{place.kkNumberMasked}</code>,
                },
              ]
            : []),
        ]}
      />
      {proposal.member && (
        <PersonFacts
          title={t(
            change.type === 'REMOVE_MEMBER' ? 'proposal.memberRemoved' : 'proposal.memberAdded',
          )}
          person={proposal.member}
        />
      )}
      {proposal.members.length > 0 && (
        <List
          size="small"
          bordered
          header={<Typography.Text strong>{t('proposal.members')}</Typography.Text>}
          dataSource={proposal.members}
          renderItem={(person) => (
            <List.Item>
              <Flex vertical gap={2}>
                <Typography.Text strong>{person.name}</Typography.Text>
                <Typography.Text type="secondary">{personLine(person, t)}</Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
      {proposal.fields.length > 0 && (
        <Descriptions
          size="small"
          column={1}
          bordered
          title={t('proposal.corrections')}
          items={proposal.fields.map((field) => ({
            key: field.field,
            label: fieldLabel(field.field, t),
            children: (
              <span>
                <Typography.Text delete type="secondary">
                  {field.before === undefined
                    ? t('proposal.none')
                    : fieldValue(field.field, field.before, t)}
                </Typography.Text>{' '}
                <ArrowRightOutlined aria-label={t('proposal.becomes')} />{' '}
                <Typography.Text strong>
                  {fieldValue(field.field, field.proposed, t)}
                </Typography.Text>
              </span>
            ),
          }))}
        />
      )}
    </Flex>
  );
}

function PersonFacts({ title, person }: { title: string; person: ProposedPerson }) {
  const { t } = useTranslation(['inbox', 'household']);
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      title={title}
      items={[
        { key: 'name', label: t('household:member.name'), children: person.name },
        { key: 'nik', label: t('household:member.nik'), children: <code>{person.nikMasked}</code> },
        {
          key: 'birthDate',
          label: t('household:member.birthDate'),
          children: formatDate(person.birthDate),
        },
        {
          key: 'sex',
          label: t('household:member.sex'),
          children: t(`household:sex.${person.sex}`),
        },
        {
          key: 'relationship',
          label: t('household:member.relationship'),
          children: t(`household:relationship.${person.relationship}`),
        },
      ]}
    />
  );
}

function personLine(person: ProposedPerson, t: TFunction<['inbox', 'household']>) {
  return [
    t(`household:relationship.${person.relationship}`),
    t(`household:sex.${person.sex}`),
    t('proposal.born', { date: formatDate(person.birthDate) }),
    `NIK ${person.nikMasked}`,
  ].join(' · ');
}

function fieldLabel(field: FieldChange['field'], t: TFunction<['inbox', 'household']>) {
  if (field.startsWith('welfare.')) {
    const name = field.slice('welfare.'.length);
    return t(`household:welfare.${welfareLabelKeys[name] ?? name}.label`, { defaultValue: name });
  }
  return field === 'address'
    ? t('household:field.address')
    : t(`proposal.field.${field}`, { defaultValue: field });
}

/** A value as the household's page shows it: words for codes, rupiah, square metres. */
function fieldValue(field: string, value: string, t: TFunction<['inbox', 'household']>) {
  switch (field) {
    case 'welfare.floorAreaM2':
      return t('household:welfare.floorArea.value', { value: Number(value) });
    case 'welfare.monthlyExpenditure':
      return formatRupiah(Number(value));
    default:
      return field.startsWith('welfare.')
        ? t(`household:welfare.${field.slice('welfare.'.length)}.${value}`, {
            defaultValue: value,
          })
        : value;
  }
}
