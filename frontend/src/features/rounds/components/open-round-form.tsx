import { App, Button, Flex, Form, Input, Radio, Select, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { DateField } from '@/components/date-field';
import { ProblemAlert } from '@/components/problem-alert';
import type { FieldProblem } from '@/lib/api-client';
import { today } from '@/lib/calendar-date';
import { applyFieldErrors } from '@/lib/field-errors';

import { useOpenRound } from '../api/open-round';
import { useRegionChildren } from '../api/get-regions';
import {
  chosenRows,
  openRoundBody,
  roundField,
  type OpenRoundValues,
  type RoundScope,
} from '../open-round-values';
import { choosesDistrict } from '../round-rules';
import type { Official, Round } from '../types';

/** The server's limit on a round's name (OpenRound). */
const nameMax = 200;

interface OpenRoundFormProps {
  /** Who opens it: a district's officials for their district, the ministry for the one it chooses. */
  official: Official;
  onOpened: (round: Round) => void;
  onCancel: () => void;
}

/**
 * Opens a verification round over a district's whole list or chosen kecamatan, each optionally with
 * its own target date. The server judges; its field errors show beside the fields, a conflict with
 * another round above them.
 */
export function OpenRoundForm({ official, onOpened, onCancel }: OpenRoundFormProps) {
  const { t } = useTranslation('rounds');
  const { message } = App.useApp();
  const [form] = Form.useForm<OpenRoundValues>();
  const open = useOpenRound();
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);

  const ministry = choosesDistrict(official.role);
  const province = Form.useWatch('province', form);
  const districtCode =
    Form.useWatch('districtCode', form) ?? (ministry ? undefined : official.regionCode);
  const scope: RoundScope = Form.useWatch('scope', form) ?? 'DISTRICT';
  const provinces = useRegionChildren(undefined, ministry);
  const districts = useRegionChildren(province, ministry && province !== undefined);
  const kecamatan = useRegionChildren(
    districtCode,
    districtCode !== undefined && scope === 'SUBDISTRICTS',
  );
  const kecamatanOrder = kecamatan.data?.map((region) => region.code) ?? [];
  const kecamatanName = new Map(kecamatan.data?.map((region) => [region.code, region.name]));

  const required = { required: true, message: t('validation.required') };
  const notBeforeStart: Rule = ({ getFieldValue }) => ({
    validator: (_, value?: string) => {
      const startsOn = getFieldValue('startsOn') as string | undefined;
      return value && startsOn && value < startsOn
        ? Promise.reject(new Error(t('validation.targetBeforeStart')))
        : Promise.resolve();
    },
  });

  const submit = (values: OpenRoundValues) => {
    if (!values.districtCode) {
      return;
    }
    setUnplaced([]);
    open.mutate(openRoundBody(values, values.districtCode), {
      onSuccess: (round) => {
        void message.success(t('open.opened', { name: round.name }));
        onOpened(round);
      },
      // A field the form does not show now is listed above it.
      onError: (error) => setUnplaced(applyFieldErrors(error, form, { map: roundField })),
    });
  };

  const onValuesChange = (changed: Partial<OpenRoundValues>, all: OpenRoundValues) => {
    if ('province' in changed) {
      form.setFieldsValue({ districtCode: undefined, chosen: [], subdistricts: [] });
    } else if ('districtCode' in changed) {
      form.setFieldsValue({ chosen: [], subdistricts: [] });
    } else if ('chosen' in changed) {
      form.setFieldValue(
        'subdistricts',
        chosenRows(changed.chosen ?? [], kecamatanOrder, all.subdistricts),
      );
    }
  };

  return (
    <Form<OpenRoundValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      onValuesChange={onValuesChange}
      onKeyDown={keepEnterInField}
      disabled={open.isPending}
      initialValues={{
        scope: 'DISTRICT',
        startsOn: today(),
        districtCode: ministry ? undefined : official.regionCode,
      }}
      scrollToFirstError
      style={{ maxWidth: 720 }}
    >
      {open.isError && (
        <Form.Item>
          <ProblemAlert error={open.error} fieldErrors={unplaced} />
        </Form.Item>
      )}
      <Typography.Paragraph type="secondary">{t('open.explain')}</Typography.Paragraph>
      <Form.Item
        name="name"
        label={t('open.name')}
        rules={[
          { ...required, whitespace: true },
          { max: nameMax, message: t('validation.tooLong', { max: nameMax }) },
        ]}
      >
        <Input maxLength={nameMax} autoComplete="off" placeholder={t('open.namePlaceholder')} />
      </Form.Item>
      {ministry ? (
        <Flex gap="middle" wrap>
          <Form.Item
            name="province"
            label={t('open.province')}
            rules={[required]}
            style={{ flex: '1 1 240px' }}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={provinces.isFetching}
              placeholder={t('open.choose')}
              options={provinces.data?.map(({ code, name }) => ({ value: code, label: name }))}
            />
          </Form.Item>
          <Form.Item
            name="districtCode"
            label={t('open.district')}
            rules={[required]}
            style={{ flex: '1 1 240px' }}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              disabled={province === undefined}
              loading={districts.isFetching}
              placeholder={t('open.choose')}
              options={districts.data?.map(({ code, name }) => ({ value: code, label: name }))}
            />
          </Form.Item>
        </Flex>
      ) : (
        <Form.Item name="districtCode" label={t('open.district')}>
          <RegionName name={official.regionName} />
        </Form.Item>
      )}
      <Flex gap="middle" wrap>
        <Form.Item
          name="startsOn"
          label={t('open.startsOn')}
          rules={[required]}
          style={{ flex: '1 1 200px' }}
        >
          <DateField />
        </Form.Item>
        <Form.Item
          name="targetDate"
          label={t('open.targetDate')}
          extra={t('open.targetHint')}
          dependencies={['startsOn']}
          rules={[required, notBeforeStart]}
          style={{ flex: '1 1 200px' }}
        >
          <DateField />
        </Form.Item>
      </Flex>
      <Form.Item name="scope" label={t('open.scope')}>
        <Radio.Group
          aria-label={t('open.scope')}
          options={[
            { value: 'DISTRICT', label: t('open.wholeDistrict') },
            { value: 'SUBDISTRICTS', label: t('open.chosenSubdistricts') },
          ]}
        />
      </Form.Item>
      {scope === 'SUBDISTRICTS' && (
        <>
          <Form.Item
            name="chosen"
            label={t('open.subdistricts')}
            rules={[{ ...required, type: 'array', min: 1, message: t('validation.chooseOne') }]}
          >
            <Select
              mode="multiple"
              showSearch={{ optionFilterProp: 'label' }}
              loading={kecamatan.isFetching}
              disabled={districtCode === undefined}
              placeholder={t('open.chooseSubdistricts')}
              options={kecamatan.data?.map(({ code, name }) => ({ value: code, label: name }))}
            />
          </Form.Item>
          {kecamatan.isError && (
            <Form.Item>
              <ProblemAlert error={kecamatan.error} />
            </Form.Item>
          )}
          <Form.List name="subdistricts">
            {(rows) =>
              rows.length > 0 && (
                <Form.Item label={t('open.ownTargets')} extra={t('open.ownTargetsHint')}>
                  <Flex vertical gap="small">
                    {rows.map((row) => {
                      const code = form.getFieldValue(['subdistricts', row.name, 'code']) as string;
                      const name = kecamatanName.get(code) ?? code;
                      return (
                        <Flex
                          key={row.key}
                          gap="small"
                          align="baseline"
                          wrap
                          style={{
                            padding: '8px 12px',
                            border: '1px solid rgba(5, 5, 5, 0.06)',
                            borderRadius: 6,
                          }}
                        >
                          <Form.Item
                            name={[row.name, 'code']}
                            style={{ flex: '1 1 140px', marginBottom: 0 }}
                          >
                            <RegionName name={name} />
                          </Form.Item>
                          <Form.Item
                            name={[row.name, 'targetDate']}
                            label={t('open.ownTarget', { name })}
                            dependencies={['startsOn']}
                            rules={[notBeforeStart]}
                            style={{ flex: '1 1 180px', marginBottom: 0 }}
                          >
                            <DateField />
                          </Form.Item>
                        </Flex>
                      );
                    })}
                  </Flex>
                </Form.Item>
              )
            }
          </Form.List>
        </>
      )}
      <Flex gap="small" wrap>
        <Button type="primary" htmlType="submit" loading={open.isPending}>
          {t('open.submit')}
        </Button>
        <Button onClick={onCancel}>{t('open.cancel')}</Button>
      </Flex>
    </Form>
  );
}

/**
 * Enter in a field picks a date or a kecamatan and never opens the round by itself: a round starts
 * a change for every household in scope, so only the button opens it.
 */
function keepEnterInField(event: KeyboardEvent<HTMLFormElement>) {
  if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
    event.preventDefault();
  }
}

/** A region the form does not let the user change, by its name (antd passes the code as `value`). */
function RegionName({ name, value }: { name?: string; value?: string }) {
  return <Typography.Text strong>{name ?? value}</Typography.Text>;
}
