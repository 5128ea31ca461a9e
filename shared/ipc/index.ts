// The IPC contract's public surface, for the renderer and the shell alike.
export * from './contract';
export * from './filesContract';
export * from './autoBackupContract';
export * from './autoBackupFileName';
export * from './appContract';
export * from './languageContract';
export * from './eventsContract';
export * from './presenterContract';
export * from './ipcResult';
export * from './textSize';
