import { mergeCatalogues, type Catalogue } from './catalogues';

// English messages: locales/en.json and every locales/<feature>.en.json, in a chunk of their own.
const files = import.meta.glob<Catalogue>(['../locales/en.json', '../locales/*.en.json'], { eager: true, import: 'default' });
export default mergeCatalogues(files, 'en');
