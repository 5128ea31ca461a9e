export { RecordTextField } from './RecordTextField';
export { RecordNumberField } from './RecordNumberField';
export { RecordSelect, RecordCheckbox, RecordChoiceGroup } from './RecordChoiceFields';
export type { ChoiceOption } from './RecordChoiceFields';
export { RecordDateField } from './RecordDateField';
