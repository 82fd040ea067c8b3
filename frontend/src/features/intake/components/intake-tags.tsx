import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { SubmissionKind, SubmissionState } from '../types';

const kindColours: Record<SubmissionKind, string> = { PROPOSAL: 'blue', OBJECTION: 'purple' };

/** A proposal (usul) or an objection (sanggah). */
export function KindTag({ kind }: { kind: SubmissionKind }) {
  const { t } = useTranslation('intake');
  return <Tag color={kindColours[kind]}>{t(`kind.${kind}`)}</Tag>;
}

/** Waiting in the neutral colour: antd's gold is too pale to read on its own background. */
const stateColours: Record<SubmissionState, string | undefined> = {
  WAITING: undefined,
  ACCEPTED: 'green',
  REJECTED: 'red',
  LAPSED: undefined,
};

/** Where a submission stands, in the words of its kind: a proposal is refused, an objection closed. */
export function StateTag({ kind, state }: { kind: SubmissionKind; state: SubmissionState }) {
  const { t } = useTranslation('intake');
  return <Tag color={stateColours[state]}>{t(`state.${kind}.${state}`)}</Tag>;
}
