import { Col, Form, Input, Row, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';

import { DateField } from '@/components/date-field';
import { today } from '@/lib/calendar-date';

import { nikBirthDateText, nikContradictions, nikSex, type NikContradiction } from '../nik-rules';
import { relationships, sexes } from '../types';

type NamePath = (string | number)[];

interface MemberFieldsProps {
  /** Where the person sits in the form: `['member']`, or `[0]` inside the members' list. */
  name: NamePath;
  /** The same place from the form's root (`['household', 'members', 0]`); `name` when they agree. */
  path?: NamePath;
  nikRules: Rule[];
  /** The head must come first in a new household: its relationship is fixed. */
  head?: boolean;
}

/** The server's earliest birth date (NewHousehold). */
const earliestBirthDate = '1900-01-01';

/** A person as the family card (KK) records them. */
export function MemberFields({ name, path = name, nikRules, head = false }: MemberFieldsProps) {
  const { t } = useTranslation(['change', 'household']);
  const required = { required: true, message: t('error.required') };

  /**
   * The NIK against the sex and birth date beside it, as the server checks it: the NIK's field says
   * what the NIK encodes, and each field it contradicts says so too.
   */
  const agreesWithNik =
    (field: NikContradiction | 'nik'): Rule =>
    ({ getFieldValue }) => ({
      validator: () => {
        const nik = String(getFieldValue([...path, 'nik']) ?? '').trim();
        const found = nikContradictions(
          nik,
          getFieldValue([...path, 'sex']) as string | undefined,
          getFieldValue([...path, 'birthDate']) as string | undefined,
        );
        const date = nikBirthDateText(nik);
        if (field === 'nik' && found.length > 0) {
          return Promise.reject(new Error(t(`nik.contradictsMember.${nikSex(nik)}`, { date })));
        }
        if (field === 'sex' && found.includes('sex')) {
          return Promise.reject(new Error(t(`error.sexContradictsNik.${nikSex(nik)}`)));
        }
        if (field === 'birthDate' && found.includes('birthDate')) {
          return Promise.reject(new Error(t('error.birthDateContradictsNik', { date })));
        }
        return Promise.resolve();
      },
    });

  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item
          name={[...name, 'nik']}
          label={t('form.nik')}
          // Its rules check the NIK's form and content in validators of their own, which antd does
          // not count as "required": the mark is asked for.
          required
          rules={[...nikRules, agreesWithNik('nik')]}
          dependencies={[
            [...path, 'sex'],
            [...path, 'birthDate'],
          ]}
        >
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
          dependencies={[[...path, 'nik']]}
          rules={[
            agreesWithNik('birthDate'),
            required,
            {
              validator: (_, value?: string) =>
                value && value > today()
                  ? Promise.reject(new Error(t('error.birthDateFuture')))
                  : Promise.resolve(),
            },
          ]}
        >
          <DateField min={earliestBirthDate} max={today()} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name={[...name, 'sex']}
          label={t('form.sex')}
          rules={[required, agreesWithNik('sex')]}
          dependencies={[[...path, 'nik']]}
        >
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
