import { INVOKE_CHANNELS } from '../../../shared/ipc/contract';
import type { ShellLanguage } from '../../../shared/ipc/languageContract';
import type { IpcHandlerMap } from './handlerTypes';

/** The renderer's UI language (already checked against the contract's enum); main re-labels its menu. */
export function createAppLanguageHandlers(onLanguageChange: (language: ShellLanguage) => void): Pick<IpcHandlerMap, 'app:set-language'> {
  return {
    [INVOKE_CHANNELS.setLanguage]: async ({ language }) => {
      onLanguageChange(language);
      return { status: 'applied', language };
    },
  };
}
