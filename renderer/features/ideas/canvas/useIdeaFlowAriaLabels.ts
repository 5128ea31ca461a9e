import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReactFlowProps } from '@xyflow/react';

type AriaLabelConfig = NonNullable<ReactFlowProps['ariaLabelConfig']>;

/** React Flow's own controls and descriptions, spoken in the interface language. */
export function useIdeaFlowAriaLabels(): AriaLabelConfig {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo<AriaLabelConfig>(
    () => ({
      'node.a11yDescription.default': t('ideas.canvas.keyboardHint'),
      'node.a11yDescription.keyboardDisabled': t('ideas.canvas.keyboardHint'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) => t('ideas.canvas.movedLive', { direction, x, y }),
      'edge.a11yDescription.default': t('ideas.canvas.keyboardHint'),
      'controls.ariaLabel': t('ideas.canvas.controls'),
      'controls.zoomIn.ariaLabel': t('ideas.canvas.zoomIn'),
      'controls.zoomOut.ariaLabel': t('ideas.canvas.zoomOut'),
      'controls.fitView.ariaLabel': t('ideas.canvas.fitView'),
      'controls.interactive.ariaLabel': t('ideas.canvas.interactive'),
      'minimap.ariaLabel': t('ideas.canvas.minimap'),
      'handle.ariaLabel': t('ideas.canvas.handle'),
    }),
    // The language is what makes t return other words.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, language],
  );
}
