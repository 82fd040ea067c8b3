import { Button, Flex, Timeline, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { fieldVisitOf } from '../field-visit';
import { formatInstant } from '../format-instant';
import type { TimelineEvent } from '../types';
import { eventLines, eventTitle, type RegionNames } from './event-lines';

interface EventTimelineProps {
  events: TimelineEvent[];
  /** The event the replay stands at. */
  current: number;
  onSelect: (step: number) => void;
  regionNames?: RegionNames;
}

const decisionColor = { APPROVE: 'green', REJECT: 'red', RETURN: 'orange', DEFER: 'gray' };

/** A field visit's house photo as a thumbnail, opening the photo itself. */
function HousePhoto({ event }: { event: TimelineEvent }) {
  const { t } = useTranslation('audit');
  const visit = fieldVisitOf(event);
  if (!visit?.thumbnailUrl || !visit.photoUrl) {
    return null;
  }
  return (
    <a href={visit.photoUrl} target="_blank" rel="noreferrer">
      <img
        src={visit.thumbnailUrl}
        alt={t('event.fieldVisit.photo')}
        loading="lazy"
        style={{ maxWidth: 160, borderRadius: 4, display: 'block' }}
      />
    </a>
  );
}

/** The change's events in order; the current one stands out, and any one can be jumped to. */
export function EventTimeline({ events, current, onSelect, regionNames }: EventTimelineProps) {
  const { t } = useTranslation('audit');
  const list = useRef<HTMLDivElement>(null);

  // Keep the current event in sight while stepping through a long history.
  useEffect(() => {
    list.current
      ?.querySelector('[aria-current="step"]')
      ?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [current]);

  if (events.length === 0) {
    return <Typography.Text type="secondary">{t('replay.noEvents')}</Typography.Text>;
  }
  return (
    <div ref={list}>
      <Timeline
        items={events.map((event, index) => {
          const active = index === current;
          return {
            key: `${index}`,
            color: event.decision ? decisionColor[event.decision] : active ? 'blue' : 'gray',
            content: (
              <Flex
                vertical
                gap={2}
                aria-current={active ? 'step' : undefined}
                data-testid={`event-${index}`}
                style={{
                  padding: '4px 8px',
                  borderRadius: 6,
                  background: active ? 'rgba(22, 119, 255, 0.08)' : undefined,
                  outline: active ? '1px solid #1677ff' : undefined,
                }}
              >
                <Button
                  type="link"
                  size="small"
                  onClick={() => onSelect(index)}
                  aria-label={`${t('replay.goTo', { step: index + 1 })}: ${eventTitle(event, t)}`}
                  style={{
                    padding: 0,
                    height: 'auto',
                    whiteSpace: 'normal',
                    textAlign: 'start',
                    justifyContent: 'flex-start',
                  }}
                >
                  <Typography.Text strong={active}>{eventTitle(event, t)}</Typography.Text>
                </Button>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatInstant(event.at)}
                </Typography.Text>
                {eventLines(event, t, regionNames).map((line) => (
                  <Typography.Text key={line}>{line}</Typography.Text>
                ))}
                <HousePhoto event={event} />
              </Flex>
            ),
          };
        })}
      />
    </div>
  );
}
