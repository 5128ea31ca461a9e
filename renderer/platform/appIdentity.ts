import { version } from '../../package.json';

/** The app's name and version as the renderer reports them when no desktop shell is there to ask. */
export const APP_NAME = 'DSRS Studio';
export const APP_VERSION: string = version;
