import { registerPhaseScreen } from './phaseScreens';

// One line per phase screen; each is a separate chunk, loaded the first time its phase opens.
registerPhaseScreen('preparation', () => import('./preparation/PreparationScreen'));
registerPhaseScreen('situation', () => import('./situation/SituationScreen'));
registerPhaseScreen('objectives', () => import('./objectives/ObjectivesScreen'));
registerPhaseScreen('diagnosis', () => import('./diagnosis/DiagnosisScreen'));
registerPhaseScreen('reformulation', () => import('./reformulation/ReformulationScreen'));
registerPhaseScreen('poster', () => import('./poster/PosterScreen'));
registerPhaseScreen('ideas', () => import('./ideas/IdeasScreen'));
registerPhaseScreen('roadmap', () => import('./roadmap/RoadmapScreen'));
registerPhaseScreen('implementation', () => import('./implementation/ImplementationScreen'));
registerPhaseScreen('measurement', () => import('./measurement/MeasurementScreen'));
