import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe-core (WCAG 2.1 A and AA rules, plus its best practices) on what the page shows now,
 * prints the violations per impact and fails on any serious or critical one.
 */
export async function expectAccessible(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const count = (impact: string) => violations.filter((v) => v.impact === impact).length;
  console.log(
    `axe ${screen}: critical ${count('critical')}, serious ${count('serious')},` +
      ` moderate ${count('moderate')}, minor ${count('minor')}`,
  );
  const blocking = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  expect(blocking, `serious or critical axe violations on ${screen}`).toEqual([]);
}
