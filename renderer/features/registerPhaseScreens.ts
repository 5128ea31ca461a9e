import { registerPhaseScreen } from './phaseScreens';

// One line per phase screen; each is a separate chunk, loaded the first time its phase opens.
export {};
void registerPhaseScreen;
