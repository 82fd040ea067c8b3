import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Position } from '../objection-rules';
import { FieldError } from './form-fields';

interface PositionFieldProps {
  /** The button's id: the keyboard is moved there when the server asks for a position. */
  id: string;
  position: Position | undefined;
  error?: string;
  onChange: (position: Position | undefined) => void;
}

type Reading = 'idle' | 'reading' | 'refused';

/**
 * Where the house is, read from the phone when the resident asks (standing near it, best): shown once read. Refused,
 * or a phone that cannot tell, is no dead end: the position the photo carries is used then, if it has one.
 */
export function PositionField({ id, position, error, onChange }: PositionFieldProps) {
  const { t } = useTranslation('resident');
  const [reading, setReading] = useState<Reading>('idle');
  const hintId = `${id}-hint`;

  const read = () => {
    if (!('geolocation' in navigator)) {
      setReading('refused');
      return;
    }
    setReading('reading');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setReading('idle');
        onChange({
          latitude: coords.latitude,
          longitude: coords.longitude,
          accuracy: coords.accuracy,
        });
      },
      () => setReading('refused'),
      { enableHighAccuracy: true, timeout: 30_000, maximumAge: 60_000 },
    );
  };

  return (
    <fieldset className="resident-fieldset">
      <legend>{t('objection.position')}</legend>
      <p className="resident-hint" id={hintId}>
        {t('objection.positionHint')}
      </p>
      <button
        type="button"
        id={id}
        className="resident-secondary"
        aria-busy={reading === 'reading'}
        aria-describedby={error ? `${hintId} ${id}-error` : hintId}
        onClick={read}
      >
        {reading === 'reading' ? t('objection.readingPosition') : t('objection.usePosition')}
      </button>
      <div role="status">
        {position ? (
          <>
            <p>
              {t('objection.positionRead', {
                latitude: position.latitude.toFixed(5),
                longitude: position.longitude.toFixed(5),
              })}
            </p>
            {position.accuracy !== undefined && (
              <p className="vv-muted">
                {t('objection.accuracy', { meters: Math.round(position.accuracy) })}
              </p>
            )}
          </>
        ) : (
          reading === 'refused' && <p>{t('objection.positionRefused')}</p>
        )}
      </div>
      {position && (
        <button type="button" className="resident-secondary" onClick={() => onChange(undefined)}>
          {t('objection.clearPosition')}
        </button>
      )}
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
