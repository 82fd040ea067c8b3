import { Descriptions, Flex, Skeleton, Tag, Timeline, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DueDateTag } from '@/components/due-date-tag';
import { ProblemAlert } from '@/components/problem-alert';
import { intlLocale } from '@/lib/i18n';

import { useChangeRequest } from '../api/get-change-request';
import { ChangeProposal } from './change-proposal';

const decisionColours = { APPROVE: 'green', REJECT: 'red', RETURN: 'orange', DEFER: 'blue' };

/** Where a change stands, what it proposes and the decisions taken on it so far, oldest first. */
export function ChangeSummary({
  id,
  household,
  householdLink,
  deliberationLink,
  headingLevel = 2,
}: {
  id: number;
  /** Shown under the change's facts for a change about a household already on the list. */
  household?: (householdId: number) => ReactNode;
  /** Where a household the checks name opens. */
  householdLink?: (householdId: number) => string;
  /** Where the deliberation that took a decision opens. */
  deliberationLink?: (deliberationId: number) => string;
  /**
   * The level of its section titles: one below the heading it sits under, so that headings step
   * down one at a time (2 under a screen's title or in a drawer, 3 under a step's title).
   */
  headingLevel?: 2 | 3 | 4;
}) {
  const { t } = useTranslation('inbox');
  const { token } = theme.useToken();
  const change = useChangeRequest(id);

  if (change.isPending) {
    return <Skeleton active />;
  }
  if (change.isError) {
    return <ProblemAlert error={change.error} />;
  }
  const { data } = change;
  const at = (instant: string) =>
    new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(instant),
    );

  return (
    <Flex vertical gap="middle">
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'type', label: t('field.type'), children: t(`changeType.${data.type}`) },
          { key: 'status', label: t('field.status'), children: t(`changeStatus.${data.status}`) },
          { key: 'stage', label: t('field.stage'), children: t(`stage.${data.stage}`) },
          {
            key: 'dueDate',
            label: t('field.dueDate'),
            children: <DueDateTag dueDate={data.dueDate} />,
          },
        ]}
      />
      <ChangeProposal change={data} householdLink={householdLink} />
      {data.householdId !== undefined && household?.(data.householdId)}
      {data.checks.civilRegistryMatches.length > 0 && (
        <Descriptions
          size="small"
          column={1}
          title={t('details.civilRegistry')}
          items={data.checks.civilRegistryMatches.map((match) => ({
            key: match.nikMasked,
            label: <code>{match.nikMasked}</code>,
            children: t(`civilRegistryResult.${match.result}`),
          }))}
        />
      )}
      {/* At the size of the descriptions' titles beside it, whatever its level. */}
      <Typography.Title level={headingLevel} style={{ margin: 0, fontSize: token.fontSizeLG }}>
        {t('details.decisions')}
      </Typography.Title>
      {data.decisions.length === 0 ? (
        <Typography.Text type="secondary">{t('details.noDecisions')}</Typography.Text>
      ) : (
        <Timeline
          items={data.decisions.map((decision) => ({
            key: decision.id,
            color: decisionColours[decision.decision],
            content: (
              <Flex vertical gap={2}>
                <span>
                  <Tag color={decisionColours[decision.decision]}>
                    {t(`decision.${decision.decision}`)}
                  </Tag>
                  {t(`stage.${decision.stage}`)}
                </span>
                <Typography.Text type="secondary">
                  {t('details.decidedBy', { actor: decision.actor, at: at(decision.decidedAt) })}
                </Typography.Text>
                {decision.reason && <span>{decision.reason}</span>}
                {decision.note && <Typography.Text italic>{decision.note}</Typography.Text>}
                {decision.reference && (
                  <Typography.Text type="secondary">
                    {t(`details.referenceAt.${decision.stage}`, {
                      reference: decision.reference,
                      defaultValue: t('details.reference', { reference: decision.reference }),
                    })}
                  </Typography.Text>
                )}
                {decision.deliberationId !== undefined && (
                  <Flex gap="small" wrap>
                    {deliberationLink && (
                      <Link to={deliberationLink(decision.deliberationId)}>
                        {t('details.deliberation')}
                      </Link>
                    )}
                    <a
                      href={`/api/deliberations/${decision.deliberationId}/minutes`}
                      target="_blank"
                      rel="noreferrer"
                    >
                      {t('details.minutes')}
                    </a>
                  </Flex>
                )}
              </Flex>
            ),
          }))}
        />
      )}
    </Flex>
  );
}
