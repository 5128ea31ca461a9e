// Facilitation tools used by the workshop shell and the app's commands.
export { FacilitationTools } from './FacilitationTools';
export { PresenterView } from './presenter/PresenterView';
export { enterPresenterMode, usePresentingRoute, isPresenterWindow } from './presenter/presenterSession';
export { usePresenting, PresentingProvider } from './presenting';
