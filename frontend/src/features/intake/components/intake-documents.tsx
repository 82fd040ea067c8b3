import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { intakeDocumentUrl } from '../api/get-intake';
import { isImage } from '../intake-rules';
import type { DocumentPurpose, IntakeDocument } from '../types';

const purposes: DocumentPurpose[] = ['HOUSE_PHOTO', 'FAMILY_CARD'];

/**
 * What the resident sent: the house's photo and the family card's photos shown as thumbnails that open full size,
 * a PDF scan as a link.
 */
export function IntakeDocuments({
  code,
  documents,
}: {
  code: string;
  documents: IntakeDocument[];
}) {
  const { t } = useTranslation('intake');

  const label = (document: IntakeDocument) => {
    const same = documents.filter((other) => other.purpose === document.purpose);
    const purpose = t(`document.${document.purpose}`);
    return same.length > 1
      ? t('document.numbered', {
          purpose,
          index: same.indexOf(document) + 1,
          total: same.length,
        })
      : purpose;
  };

  const sorted = [...documents].sort(
    (a, b) => purposes.indexOf(a.purpose) - purposes.indexOf(b.purpose),
  );

  return (
    <section>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {t('document.title')}
      </Typography.Title>
      {documents.length === 0 ? (
        <Typography.Text type="secondary">{t('document.none')}</Typography.Text>
      ) : (
        <Flex
          gap="middle"
          wrap
          align="start"
          component="ul"
          style={{ listStyle: 'none', padding: 0 }}
        >
          {sorted.map((document) => {
            const url = intakeDocumentUrl(code, document.id);
            const name = label(document);
            return (
              <li key={document.id}>
                {isImage(document.mediaType) ? (
                  <Flex vertical gap={4} style={{ width: 176 }}>
                    <a href={url} target="_blank" rel="noreferrer">
                      <img
                        src={url}
                        alt={name}
                        loading="lazy"
                        width={176}
                        height={132}
                        style={{ objectFit: 'cover', borderRadius: 4, display: 'block' }}
                      />
                    </a>
                    <Typography.Text type="secondary" aria-hidden>
                      {name}
                    </Typography.Text>
                  </Flex>
                ) : (
                  <Flex vertical gap={4}>
                    <a href={url} target="_blank" rel="noreferrer">
                      {t(
                        document.mediaType === 'application/pdf' ? 'document.pdf' : 'document.file',
                        {
                          name,
                        },
                      )}
                    </a>
                    {document.filename && (
                      <Typography.Text type="secondary">{document.filename}</Typography.Text>
                    )}
                  </Flex>
                )}
              </li>
            );
          })}
        </Flex>
      )}
    </section>
  );
}
