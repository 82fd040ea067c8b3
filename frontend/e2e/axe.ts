import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe-core (WCAG 2.1 A and AA rules, plus its best practices) on what the page shows now,
 * prints the violations per impact with their rules, and fails on any critical, serious or
 * moderate one (the moderate ones found were headings that skipped a level: each screen now steps
 * down one at a time, and this keeps it so).
 */
export async function expectAccessible(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const of = (impact: string) => violations.filter((v) => v.impact === impact);
  const rules = (impact: string) => {
    const found = of(impact).map((v) => v.id);
    return found.length > 0 ? ` (${found.join(', ')})` : '';
  };
  console.log(
    `axe ${screen}: critical ${of('critical').length}, serious ${of('serious').length}${rules('serious')},` +
      ` moderate ${of('moderate').length}${rules('moderate')}, minor ${of('minor').length}${rules('minor')}`,
  );
  const blocking = violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious' || v.impact === 'moderate')
    .map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  expect(blocking, `critical, serious or moderate axe violations on ${screen}`).toEqual([]);
}
