import { Col, Form, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';

import { welfareChoices, type WelfareChoice } from '../types';

const choices = Object.keys(welfareChoices) as WelfareChoice[];

/** The DTKS questionnaire's house and living conditions; each may stay unanswered. */
export function WelfareFields({ name }: { name: string[] }) {
  const { t } = useTranslation(['change', 'household']);
  const notNegative = { type: 'number' as const, min: 0, message: t('error.notNegative') };

  return (
    <Row gutter={16}>
      {choices.map((choice) => (
        <Col xs={24} md={12} lg={8} key={choice}>
          <Form.Item name={[...name, choice]} label={t(`household:welfare.${choice}.label`)}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              allowClear
              placeholder={t('form.choose')}
              options={welfareChoices[choice].map((value) => ({
                value,
                label: t(
                  `household:welfare.${choice}.${value}` as 'household:welfare.lighting.NONE',
                ),
              }))}
            />
          </Form.Item>
        </Col>
      ))}
      <Col xs={24} md={12} lg={8}>
        <Form.Item
          name={[...name, 'floorAreaM2']}
          label={t('form.floorArea')}
          rules={[notNegative]}
        >
          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12} lg={8}>
        <Form.Item
          name={[...name, 'monthlyExpenditure']}
          label={t('form.monthlyExpenditure')}
          rules={[notNegative]}
        >
          <InputNumber min={0} precision={0} step={50000} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
