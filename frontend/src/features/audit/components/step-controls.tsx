import {
  LeftOutlined,
  RightOutlined,
  StepBackwardOutlined,
  StepForwardOutlined,
} from '@ant-design/icons';
import { Button, Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface StepControlsProps {
  /** From 0. */
  step: number;
  total: number;
  onStep: (step: number) => void;
}

/** First, previous, next and last step of the replay, and where it stands. */
export function StepControls({ step, total, onStep }: StepControlsProps) {
  const { t } = useTranslation('audit');
  const atStart = step <= 0;
  const atEnd = step >= total - 1;
  const control = (label: string, icon: React.ReactNode, target: number, disabled: boolean) => (
    <Tooltip title={label}>
      <Button aria-label={label} icon={icon} disabled={disabled} onClick={() => onStep(target)} />
    </Tooltip>
  );
  return (
    <Flex align="center" gap="small" wrap>
      {control(t('replay.first'), <StepBackwardOutlined />, 0, atStart)}
      {control(t('replay.previous'), <LeftOutlined />, step - 1, atStart)}
      <Typography.Text aria-live="polite" style={{ minWidth: 120, textAlign: 'center' }}>
        {t('replay.position', { step: total === 0 ? 0 : step + 1, total })}
      </Typography.Text>
      {control(t('replay.next'), <RightOutlined />, step + 1, atEnd)}
      {control(t('replay.last'), <StepForwardOutlined />, total - 1, atEnd)}
    </Flex>
  );
}
