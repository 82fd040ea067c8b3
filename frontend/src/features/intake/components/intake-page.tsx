import { Alert, Card, Descriptions, Flex, Result, Skeleton, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DueDateTag } from '@/components/due-date-tag';
import { ProblemAlert } from '@/components/problem-alert';
import { isApiError } from '@/lib/api-client';
import { formatDueDate } from '@/lib/due-date';

import { useIntake } from '../api/get-intake';
import { formatInstant } from '../format-instant';
import type { IntakeDetails } from '../types';
import { FollowUpForm } from './follow-up-form';
import { IntakeDecisionForm } from './intake-decision-form';
import { IntakeDocuments } from './intake-documents';
import { IntakeOutcome } from './intake-outcome';
import { KindTag, StateTag } from './intake-tags';
import { ObjectionFacts, ProposedHouseholdFacts, SubmitterFacts } from './submission-facts';

interface IntakePageProps {
  /** The tracking code: `USL-7K3M-9QX2`, `SGH-…`. */
  code: string;
  /** Where the change an acceptance started opens. */
  changePath: (id: number) => string;
  /** Where a registry household opens. */
  householdPath: (id: number) => string;
  /** The households screen searching for a name. */
  householdSearchPath: (name: string) => string;
  /** Back to the inbox, where the submission was listed. */
  inboxPath: string;
}

/**
 * One resident's proposal or objection, as the village operator decides it and the Camat follows it up: who sent
 * it and why, the household proposed or the one objected to, the photos and scans, by when it should be answered,
 * and, once decided, how. The actions are those the server offers the caller on it now.
 */
export function IntakePage({
  code,
  changePath,
  householdPath,
  householdSearchPath,
  inboxPath,
}: IntakePageProps) {
  const { t } = useTranslation('intake');
  const query = useIntake(code);
  // Said once a decision is saved: read out politely by screen readers.
  const [saved, setSaved] = useState<'decided' | 'followedUp'>();
  // Once saved, the form is gone: the keyboard goes back to the top, where the new state is said.
  const heading = useRef<HTMLHeadingElement>(null);
  const done = (what: 'decided' | 'followedUp') => {
    setSaved(what);
    heading.current?.focus();
  };
  const back = <Link to={inboxPath}>{t('page.backToInbox')}</Link>;

  if (query.isPending) {
    return <Skeleton active paragraph={{ rows: 8 }} />;
  }
  if (query.isError) {
    return isApiError(query.error, 404) ? (
      <Result
        status="404"
        title={t('page.notFound')}
        subTitle={t('page.notFoundDetail')}
        extra={back}
      />
    ) : (
      <Flex vertical gap="middle" align="start">
        <ProblemAlert error={query.error} />
        {back}
      </Flex>
    );
  }

  const intake = query.data;
  const decides = intake.decisions.some((value) => value === 'ACCEPT' || value === 'REJECT');
  const followsUp = intake.decisions.includes('FOLLOW_UP');

  return (
    <Flex vertical gap="large" style={{ maxWidth: 960 }}>
      <Flex vertical gap="small">
        {back}
        <Flex align="center" gap="middle" wrap>
          <Typography.Title level={1} style={{ margin: 0 }} ref={heading} tabIndex={-1}>
            {t(`page.title.${intake.kind}`, { code: intake.trackingCode })}
          </Typography.Title>
          <Flex gap={4} wrap>
            <KindTag kind={intake.kind} />
            <StateTag kind={intake.kind} state={intake.state} />
            {intake.escalated && <Tag color="volcano">{t('tag.escalated')}</Tag>}
          </Flex>
        </Flex>
        <div role="status">
          {saved && (
            <Alert
              type="success"
              showIcon
              role="none"
              title={t(saved === 'decided' ? 'decide.saved' : 'followUp.saved')}
            />
          )}
        </div>
      </Flex>
      <Deadline intake={intake} />
      <IntakeOutcome intake={intake} changePath={changePath} />
      <SubmitterFacts intake={intake} />
      {intake.household && <ProposedHouseholdFacts household={intake.household} />}
      {intake.objection && <ObjectionFacts objection={intake.objection} />}
      <IntakeDocuments code={intake.trackingCode} documents={intake.documents} />
      {decides && (
        <Card title={<CardTitle>{t('decide.title')}</CardTitle>}>
          <IntakeDecisionForm
            intake={intake}
            householdPath={householdPath}
            householdSearchPath={householdSearchPath}
            onDecided={() => done('decided')}
          />
        </Card>
      )}
      {followsUp && (
        <Card title={<CardTitle>{t('followUp.title')}</CardTitle>}>
          <FollowUpForm intake={intake} onDone={() => done('followedUp')} />
        </Card>
      )}
    </Flex>
  );
}

/** A card's title as a heading under the page's, at the size of a card's title. */
function CardTitle({ children }: { children: string }) {
  return (
    <Typography.Title level={2} style={{ margin: 0, fontSize: 'inherit' }}>
      {children}
    </Typography.Title>
  );
}

/** Where and when it came in, and by when the village should answer it (an objection lapses after 14 days). */
function Deadline({ intake }: { intake: IntakeDetails }) {
  const { t } = useTranslation('intake');
  const waiting = intake.state === 'WAITING';
  const items = [
    {
      key: 'village',
      label: t('field.village'),
      children: intake.villageName ?? intake.villageCode,
    },
    {
      key: 'submittedAt',
      label: t('field.submittedAt'),
      children: formatInstant(intake.submittedAt),
    },
    {
      key: 'dueDate',
      label: t('field.dueDate'),
      children: waiting ? (
        <DueDateTag dueDate={intake.dueDate} />
      ) : intake.dueDate ? (
        formatDueDate(intake.dueDate)
      ) : (
        t('none')
      ),
    },
    ...(intake.lapsesAt
      ? [
          {
            key: 'lapsesAt',
            label: t('field.lapsesAt'),
            children: formatDueDate(intake.lapsesAt),
          },
        ]
      : []),
    ...(intake.escalated
      ? [
          {
            key: 'followUp',
            label: t('field.followUp'),
            children: t(intake.followUpOpen ? 'page.followUpOpen' : 'page.followUpClosed'),
          },
        ]
      : []),
  ];
  return (
    <section aria-label={t('page.deadline')}>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />
    </section>
  );
}
