import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import type { FieldCheck } from '../types';
import type { VisitState } from '../visit-state';

interface VisitLinkProps {
  check: FieldCheck;
  to: string;
  /** As wide as its card: one thumb's tap on a phone. */
  block?: boolean;
}

/**
 * "Kunjungi": to the visit's page with the household's row and the way back, so that the page
 * shows at once, without a round trip, and returns to this list as it was filtered.
 */
export function VisitLink({ check, to, block = false }: VisitLinkProps) {
  const { t } = useTranslation('field-work');
  const { token } = theme.useToken();
  const location = useLocation();
  const state: VisitState = { fieldCheck: check, from: `${location.pathname}${location.search}` };
  const name = check.headName ?? check.changeRequestNumber;
  return (
    <Link
      to={to}
      state={state}
      aria-label={t('worklist.visitLabel', { name })}
      style={{
        display: block ? 'flex' : 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        // A touch target of at least 44 px (WCAG 2.5.5).
        minHeight: 44,
        minWidth: 44,
        padding: `0 ${token.paddingMD}px`,
        borderRadius: token.borderRadius,
        background: token.colorPrimary,
        color: token.colorTextLightSolid,
        fontWeight: 600,
        whiteSpace: 'nowrap',
      }}
    >
      {t('worklist.visit')}
    </Link>
  );
}
