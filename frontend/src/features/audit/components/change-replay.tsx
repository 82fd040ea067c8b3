import { Alert, Card, Col, Flex, Row, Skeleton, Tag, Typography } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { isApiError } from '@/lib/api-client';
import { useRegionNames } from '@/lib/region-names';

import { useDiagram } from '../api/get-diagram';
import { useTimeline } from '../api/get-timeline';
import { buildSteps, markersFor, stateAt } from '../replay-steps';
import type { ProcessDiagram } from '../types';
import { candidateRegions, eventLines, eventTitle } from './event-lines';
import { relabelModel } from '../model-labels';
import { EventTimeline } from './event-timeline';
import { StepControls } from './step-controls';

// bpmn-js is large: its own chunk, loaded when a replay is opened.
const BpmnDiagram = lazy(() => import('./bpmn-diagram'));

const noDiagram: ProcessDiagram = {
  processDefinitionId: '',
  processDefinitionKey: '',
  version: 0,
  bpmnXml: '',
  activities: [],
  takenFlows: [],
};

function typingIn(target: EventTarget | null) {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** A change's history replayed one event at a time, on its process diagram and its timeline. */
export function ChangeReplay({ id }: { id: number }) {
  const { t } = useTranslation('audit');
  const timeline = useTimeline(id);
  const diagram = useDiagram(id);
  const [step, setStep] = useState(0);
  const [drawFailed, setDrawFailed] = useState(false);

  const steps = useMemo(
    () => buildSteps(timeline.data?.events ?? [], diagram.data ?? noDiagram),
    [timeline.data, diagram.data],
  );
  const state = useMemo(() => stateAt(steps, step), [steps, step]);
  const bpmnXml = diagram.data?.bpmnXml;
  const labelledXml = useMemo(() => (bpmnXml ? relabelModel(bpmnXml, t) : undefined), [bpmnXml, t]);
  const markers = useMemo(() => markersFor(state), [state]);
  const { current, event } = state;
  const regionCodes = useMemo(() => candidateRegions(timeline.data?.events ?? []), [timeline.data]);
  const regionNames = useRegionNames(regionCodes);
  const overlay = useMemo(
    () =>
      current && event
        ? {
            elementId: current,
            lines: [eventTitle(event, t), ...eventLines(event, t, regionNames)],
          }
        : undefined,
    [current, event, t, regionNames],
  );
  const last = Math.max(0, steps.length - 1);
  const go = useCallback((target: number) => setStep(Math.min(Math.max(0, target), last)), [last]);
  const onDrawError = useCallback(() => setDrawFailed(true), []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typingIn(event.target)) {
        return;
      }
      if (event.key === 'ArrowLeft') {
        setStep((at) => Math.max(0, at - 1));
      } else if (event.key === 'ArrowRight') {
        setStep((at) => Math.min(last, at + 1));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [last]);

  if (timeline.isPending) {
    return <Skeleton active />;
  }
  if (timeline.isError) {
    return <ProblemAlert error={timeline.error} />;
  }

  const { number, status } = timeline.data;
  const diagramMissing = diagram.isError && isApiError(diagram.error, 404);

  return (
    <Flex vertical gap="middle">
      <Flex align="center" gap="small" wrap>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('replay.title', { number })}
        </Typography.Title>
        <Tag>{t(`changeStatus.${status}`)}</Tag>
      </Flex>
      <Flex align="center" justify="space-between" gap="small" wrap>
        <StepControls step={state.step} total={steps.length} onStep={go} />
        <Typography.Text type="secondary">{t('replay.keyboard')}</Typography.Text>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card
            title={t('replay.diagram')}
            extra={
              diagram.data &&
              t('replay.diagramVersion', {
                key: diagram.data.processDefinitionKey,
                version: diagram.data.version,
              })
            }
          >
            {diagram.isPending && <Skeleton.Node active style={{ width: '100%', height: 320 }} />}
            {diagramMissing && <Alert type="info" showIcon title={t('replay.noDiagram')} />}
            {diagram.isError && !diagramMissing && <ProblemAlert error={diagram.error} />}
            {drawFailed && <Alert type="error" showIcon title={t('replay.diagramFailed')} />}
            {labelledXml && !drawFailed && (
              <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 320 }} />}>
                <BpmnDiagram
                  xml={labelledXml}
                  markers={markers}
                  overlay={overlay}
                  onError={onDrawError}
                  label={t('replay.diagram')}
                />
              </Suspense>
            )}
            <Flex gap="small" wrap style={{ marginTop: 8 }}>
              <Tag color="green">{t('replay.legend.visited')}</Tag>
              <Tag color="green" variant="outlined">
                {t('replay.legend.taken')}
              </Tag>
              <Tag color="blue">{t('replay.legend.current')}</Tag>
            </Flex>
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card
            title={t('replay.timeline')}
            styles={{ body: { maxHeight: '70vh', overflow: 'auto' } }}
          >
            <EventTimeline
              events={steps.map((s) => s.event)}
              current={state.step}
              onSelect={go}
              regionNames={regionNames}
            />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
