/// <reference types="node" />
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import i18n from '@/lib/i18n';

import { relabelModel } from '../model-labels';

/** The model the engine deploys, as the bpmn module keeps it (tests run from `frontend/`). */
const model = readFileSync(
  `${process.cwd()}/../bpmn/src/main/resources/household-change.bpmn`,
  'utf8',
);

const bpmn = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

/** Every label the model draws: what each element's name attribute says, messages aside. */
function labels(xml: string) {
  const parsed = new DOMParser().parseFromString(xml, 'application/xml');
  return Array.from(parsed.getElementsByTagNameNS(bpmn, '*'))
    .filter((element) => element.localName !== 'message' && element.hasAttribute('name'))
    .map((element) => [element.getAttribute('id'), element.getAttribute('name')] as const);
}

describe('the process model in the user language', () => {
  it('has an English label for every label of the model', () => {
    const english = i18n.getFixedT('en', 'audit');
    const untranslated = labels(model)
      .map(([, name]) => name!)
      .filter((name) => !i18n.exists(`audit:modelLabel.${name}`, { lng: 'en' }));

    expect(untranslated).toEqual([]);
    expect(english('modelLabel.Periksa NIK dan wilayah')).toBe('Check NIK and region');
  });

  it('draws the model in English for an English reader, and as it is in Bahasa Indonesia', () => {
    const inEnglish = new Map(labels(relabelModel(model, i18n.getFixedT('en', 'audit'))));
    const inIndonesian = new Map(labels(relabelModel(model, i18n.getFixedT('id', 'audit'))));

    expect(inEnglish.get('Task_NikAndRegionCheck')).toBe('Check NIK and region');
    expect(inEnglish.get('Timer_RemindFieldCheck')).toBe('Deadline approaching');
    expect(inIndonesian).toEqual(new Map(labels(model)));
    // The engine correlates withdrawals on the message's name: it stays.
    expect(relabelModel(model, i18n.getFixedT('en', 'audit'))).toContain('name="withdrawChange"');
  });
});
