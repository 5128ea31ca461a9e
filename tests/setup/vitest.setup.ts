// Gives Dexie an IndexedDB implementation in Node for the data-layer tests.
import 'fake-indexeddb/auto';
