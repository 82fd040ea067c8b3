import { CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { visuallyHidden } from '@/components/visually-hidden';

import { photoProblem, photoTypes } from '../field-work-rules';

interface PhotoFieldProps {
  /** From the `Form.Item`: its label points at the file input. */
  id?: string;
  value?: File;
  onChange?: (file: File | undefined) => void;
  /** Why a file chosen cannot be the photo (said at the field), or undefined once one can. */
  onProblem: (message: string | undefined) => void;
}

/**
 * The house's photo: the phone's camera opens at once (`capture`), a small preview shows what was
 * taken. The file stays in the form until the visit is saved, through failed attempts too.
 */
export function PhotoField({ id, value, onChange, onProblem }: PhotoFieldProps) {
  const { t } = useTranslation('field-work');
  const preview = useMemo(
    () =>
      value && typeof URL.createObjectURL === 'function' ? URL.createObjectURL(value) : undefined,
    [value],
  );
  useEffect(
    () => () => {
      if (preview) {
        URL.revokeObjectURL(preview);
      }
    },
    [preview],
  );

  const choose = (file: File | undefined) => {
    if (!file) {
      return;
    }
    const problem = photoProblem(file);
    if (problem) {
      onProblem(
        t(
          problem === 'size'
            ? 'visit.photoSize'
            : problem === 'empty'
              ? 'visit.photoEmpty'
              : 'visit.photoType',
        ),
      );
      return;
    }
    onProblem(undefined);
    onChange?.(file);
  };

  return (
    <Flex gap="middle" align="center" wrap>
      <label className="visit-photo-picker">
        <CameraOutlined aria-hidden />
        <span>{t(value ? 'visit.changePhoto' : 'visit.takePhoto')}</span>
        <input
          id={id}
          type="file"
          accept={photoTypes.join(',')}
          capture="environment"
          style={visuallyHidden}
          onChange={(event) => {
            choose(event.target.files?.[0]);
            // The same file chosen again after a removal is a change too.
            event.target.value = '';
          }}
        />
      </label>
      {value && (
        <Flex gap="small" align="center">
          {preview && (
            <img src={preview} alt={t('visit.photoPreview')} className="visit-photo-preview" />
          )}
          <Button
            icon={<DeleteOutlined />}
            aria-label={t('visit.removePhoto')}
            style={{ minHeight: 44, minWidth: 44 }}
            onClick={() => onChange?.(undefined)}
          />
        </Flex>
      )}
    </Flex>
  );
}
