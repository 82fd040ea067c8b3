import type { TFunction } from 'i18next';

const bpmnNamespace = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

/**
 * A label of the process model in the user's language. The model speaks Bahasa Indonesia, as the
 * officials do; the translations are keyed by its own words, so an unknown label shows as it is.
 */
export function modelLabel(name: string, t: TFunction<'audit'>) {
  return t(`modelLabel.${name}`, { defaultValue: name });
}

/** The model's XML with every element's label in the user's language, for the diagram to draw. */
export function relabelModel(xml: string, t: TFunction<'audit'>) {
  const model = new DOMParser().parseFromString(xml, 'application/xml');
  if (model.getElementsByTagName('parsererror').length > 0) {
    return xml;
  }
  for (const element of Array.from(model.getElementsByTagNameNS(bpmnNamespace, '*'))) {
    const name = element.getAttribute('name');
    // A message's name is what the engine correlates on, not a label.
    if (name && element.localName !== 'message') {
      element.setAttribute('name', modelLabel(name, t));
    }
  }
  return new XMLSerializer().serializeToString(model);
}
