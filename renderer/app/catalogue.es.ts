import { mergeCatalogues, type Catalogue } from './catalogues';

// Spanish messages: locales/es.json and every locales/<feature>.es.json, in a chunk of their own.
const files = import.meta.glob<Catalogue>(['../locales/es.json', '../locales/*.es.json'], { eager: true, import: 'default' });
export default mergeCatalogues(files, 'es');
