import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReactFlowProps } from '@xyflow/react';

type AriaLabelConfig = NonNullable<ReactFlowProps['ariaLabelConfig']>;

/** React Flow's own controls and descriptions, spoken in the interface language. */
export function useFlowAriaLabels(): AriaLabelConfig {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo<AriaLabelConfig>(
    () => ({
      'node.a11yDescription.default': t('poster.canvas.keyboardHint'),
      'node.a11yDescription.keyboardDisabled': t('poster.canvas.keyboardHint'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) => t('poster.canvas.movedLive', { direction, x, y }),
      'edge.a11yDescription.default': t('poster.canvas.edgeHint'),
      'controls.ariaLabel': t('poster.canvas.controls'),
      'controls.zoomIn.ariaLabel': t('poster.canvas.zoomIn'),
      'controls.zoomOut.ariaLabel': t('poster.canvas.zoomOut'),
      'controls.fitView.ariaLabel': t('poster.canvas.fitView'),
      'controls.interactive.ariaLabel': t('poster.canvas.interactive'),
      'minimap.ariaLabel': t('poster.canvas.minimap'),
      'handle.ariaLabel': t('poster.canvas.handle'),
    }),
    // The language is what makes t return other words.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, language],
  );
}
