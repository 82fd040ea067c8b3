import { Col, Form, Input, Row, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';

import { relationships, sexes } from '../types';

type NamePath = (string | number)[];

interface MemberFieldsProps {
  /** Where the person sits in the form: `['member']`, or `[0]` inside the members' list. */
  name: NamePath;
  nikRules: Rule[];
  /** The head must come first in a new household: its relationship is fixed. */
  head?: boolean;
}

function today() {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A person as the family card (KK) records them. */
export function MemberFields({ name, nikRules, head = false }: MemberFieldsProps) {
  const { t } = useTranslation(['change', 'household']);
  const required = { required: true, message: t('error.required') };

  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name={[...name, 'nik']} label={t('form.nik')} rules={nikRules}>
          <Input inputMode="numeric" maxLength={16} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={[...name, 'name']}
          label={t('form.name')}
          rules={[{ ...required, whitespace: true }]}
        >
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name={[...name, 'birthDate']}
          label={t('form.birthDate')}
          rules={[
            required,
            {
              validator: (_, value?: string) =>
                value && value > today()
                  ? Promise.reject(new Error(t('error.birthDateFuture')))
                  : Promise.resolve(),
            },
          ]}
        >
          <Input type="date" max={today()} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={[...name, 'sex']} label={t('form.sex')} rules={[required]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('form.choose')}
            options={sexes.map((sex) => ({ value: sex, label: t(`household:sex.${sex}`) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name={[...name, 'relationship']}
          label={t('form.relationship')}
          rules={[required]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('form.choose')}
            disabled={head}
            options={relationships.map((relationship) => ({
              value: relationship,
              label: t(`household:relationship.${relationship}`),
            }))}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
