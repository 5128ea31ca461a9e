import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules of the design are enforced by the linter; these cases prove the rules bite.
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('architecture rules', () => {
  it('keep shared/ free of React, Dexie and Electron', async () => {
    expect(await restrictedImportErrors('shared/logic/example.ts', "import { useState } from 'react';\nexport const x = useState;\n")).toHaveLength(1);
    expect(await restrictedImportErrors('shared/logic/example.ts', "import Dexie from 'dexie';\nexport const x = Dexie;\n")).toHaveLength(1);
    expect(await restrictedImportErrors('shared/logic/example.ts', "import { app } from 'electron';\nexport const x = app;\n")).toHaveLength(1);
    expect(await restrictedImportErrors('shared/logic/example.ts', "import { getPlatform } from '../../renderer/platform';\nexport const x = getPlatform;\n")).toHaveLength(1);
  });

  it('let only renderer/data touch the database', async () => {
    expect(await restrictedImportErrors('renderer/features/library/Example.ts', "import Dexie from 'dexie';\nexport const x = Dexie;\n")).toHaveLength(1);
    expect(await restrictedImportErrors('renderer/data/example.ts', "import Dexie from 'dexie';\nexport const x = Dexie;\n")).toEqual([]);
  });

  it('keep the renderer away from electron/ and the shell away from the renderer', async () => {
    expect(await restrictedImportErrors('renderer/app/Example.ts', "import { x } from '../../electron/main/menu';\nexport const y = x;\n")).toHaveLength(1);
    expect(await restrictedImportErrors('renderer/app/Example.ts', "import { ipcRenderer } from 'electron';\nexport const y = ipcRenderer;\n")).toHaveLength(1);
    expect(await restrictedImportErrors('electron/main/example.ts', "import { App } from '../../renderer/app/App';\nexport const y = App;\n")).toHaveLength(1);
  });
});
