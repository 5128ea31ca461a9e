import { describe, expect, it } from 'vitest';
import { BUILT_IN_QUESTION_AREAS, LANGUAGES, PREPARATION_CHECKLIST_KEYS, preparationItemSchema, questionSchema } from '../../../../shared/domain';
import {
  createPreparationChecklistRecords,
  PREPARATION_CHECKLIST,
  preparationChecklistLabel,
} from '../../../../shared/method/preparationChecklist';
import {
  BUILT_IN_QUESTIONS,
  createQuestionBankRecords,
  findBuiltInQuestion,
  QUESTION_AREAS,
  questionAreaName,
  questionDisplayText,
} from '../../../../shared/method/questionBank';

const WORKSHOP_ID = '3f8a2b1c-4d5e-4f60-8a7b-9c0d1e2f3a4b';

describe('built-in question bank', () => {
  it('holds about 25 questions with unique keys', () => {
    expect(BUILT_IN_QUESTIONS.length).toBeGreaterThanOrEqual(22);
    expect(BUILT_IN_QUESTIONS.length).toBeLessThanOrEqual(30);
    const keys = BUILT_IN_QUESTIONS.map((question) => question.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('names every key after its area, so keys stay readable in backups', () => {
    for (const question of BUILT_IN_QUESTIONS) {
      expect(question.key).toMatch(new RegExp(`^${question.area}\\.[a-z][A-Za-z]+$`));
    }
  });

  it('has questions in every area, grouped in the order of the areas', () => {
    expect(QUESTION_AREAS.map((area) => area.key)).toEqual([...BUILT_IN_QUESTION_AREAS]);
    for (const area of BUILT_IN_QUESTION_AREAS) {
      expect(BUILT_IN_QUESTIONS.filter((question) => question.area === area).length).toBeGreaterThanOrEqual(4);
    }
    const areaOrder = BUILT_IN_QUESTIONS.map((question) => BUILT_IN_QUESTION_AREAS.indexOf(question.area));
    expect(areaOrder).toEqual([...areaOrder].sort((left, right) => left - right));
  });

  it('words every question in both languages as a question', () => {
    for (const question of BUILT_IN_QUESTIONS) {
      for (const language of LANGUAGES) {
        const text = question.text[language];
        expect(text.trim(), `${question.key} (${language})`).toBe(text);
        expect(text.length, `${question.key} (${language})`).toBeGreaterThan(15);
        expect(text.endsWith('?'), `${question.key} (${language})`).toBe(true);
      }
      // Spanish questions open with ¿, even after an introductory phrase.
      expect(question.text.es, question.key).toContain('¿');
      expect(question.text.es).not.toBe(question.text.en);
    }
  });

  it('names every area in both languages', () => {
    for (const area of QUESTION_AREAS) {
      for (const language of LANGUAGES) expect(area.name[language].trim().length).toBeGreaterThan(0);
      expect(area.name.es).not.toBe(area.name.en);
    }
  });
});

describe('createQuestionBankRecords', () => {
  it('creates one valid question record per built-in question, in order, worded in the language', () => {
    const records = createQuestionBankRecords(WORKSHOP_ID, 'es');
    expect(records).toHaveLength(BUILT_IN_QUESTIONS.length);
    records.forEach((record, index) => {
      const builtIn = BUILT_IN_QUESTIONS[index];
      expect(questionSchema.safeParse(record).success).toBe(true);
      expect(record.workshopId).toBe(WORKSHOP_ID);
      expect(record.builtInKey).toBe(builtIn?.key);
      expect(record.area).toBe(builtIn?.area);
      expect(record.text).toBe(builtIn?.text.es);
      expect(record.order).toBe(index);
      expect(record.hidden).toBe(false);
    });
    expect(new Set(records.map((record) => record.id)).size).toBe(records.length);
  });

  it('words the records in English for an English workshop', () => {
    const [first] = createQuestionBankRecords(WORKSHOP_ID, 'en');
    expect(first?.text).toBe(BUILT_IN_QUESTIONS[0]?.text.en);
  });
});

describe('question wording helpers', () => {
  const builtIn = BUILT_IN_QUESTIONS[0]!;

  it('finds built-in questions by key', () => {
    expect(findBuiltInQuestion(builtIn.key)).toBe(builtIn);
    expect(findBuiltInQuestion('crm.noSuchQuestion')).toBeUndefined();
  });

  it("shows the workshop's own wording when there is one", () => {
    expect(questionDisplayText({ text: 'Our own wording?', builtInKey: builtIn.key }, 'en')).toBe('Our own wording?');
  });

  it('falls back to the built-in wording in the requested language when the text is empty', () => {
    expect(questionDisplayText({ text: '', builtInKey: builtIn.key }, 'es')).toBe(builtIn.text.es);
    expect(questionDisplayText({ text: '   ', builtInKey: builtIn.key }, 'en')).toBe(builtIn.text.en);
  });

  it('shows an unknown built-in key rather than a blank, and nothing for an empty custom question', () => {
    expect(questionDisplayText({ text: '', builtInKey: 'crm.fromTheFuture' }, 'en')).toBe('crm.fromTheFuture');
    expect(questionDisplayText({ text: '' }, 'en')).toBe('');
  });

  it('translates built-in area names and keeps custom areas as written', () => {
    expect(questionAreaName('visits', 'es')).toBe('Gestión de visitas');
    expect(questionAreaName('Aftermarket', 'es')).toBe('Aftermarket');
  });
});

describe('preparation checklist', () => {
  it('covers exactly the checklist keys of the domain, in their order', () => {
    expect(PREPARATION_CHECKLIST.map((entry) => entry.key)).toEqual([...PREPARATION_CHECKLIST_KEYS]);
  });

  it('labels every item in both languages', () => {
    for (const entry of PREPARATION_CHECKLIST) {
      for (const language of LANGUAGES) expect(entry.label[language].trim().length).toBeGreaterThan(10);
      expect(entry.label.es).not.toBe(entry.label.en);
    }
  });

  it('puts the before-workshop items first and the working habits after them', () => {
    const stages = PREPARATION_CHECKLIST.map((entry) => entry.stage);
    const firstAfter = stages.indexOf('after_workshop');
    expect(firstAfter).toBeGreaterThan(0);
    expect(stages.slice(firstAfter).every((stage) => stage === 'after_workshop')).toBe(true);
    expect(PREPARATION_CHECKLIST.find((entry) => entry.key === 'executive_sponsor')?.stage).toBe('before_workshop');
  });

  it('gives built-in labels by key and none for custom items', () => {
    expect(preparationChecklistLabel('business_case', 'es')).toBe('El caso de negocio está redactado');
    expect(preparationChecklistLabel('custom', 'en')).toBeUndefined();
  });

  it('creates valid open items in checklist order that use the built-in wording', () => {
    const items = createPreparationChecklistRecords(WORKSHOP_ID);
    expect(items.map((item) => item.key)).toEqual([...PREPARATION_CHECKLIST_KEYS]);
    items.forEach((item, index) => {
      expect(preparationItemSchema.safeParse(item).success).toBe(true);
      expect(item.workshopId).toBe(WORKSHOP_ID);
      expect(item.status).toBe('open');
      expect(item.label).toBe('');
      expect(item.order).toBe(index);
    });
  });
});
