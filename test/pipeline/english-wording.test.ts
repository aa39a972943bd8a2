import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/taxonomy.js';
import { analyzeRecords } from '../../src/pipeline/analyze.js';
import { indexed, record } from '../link/helpers.js';

const knowledge = loadKnowledgeBase();

describe('jobs described in English', () => {
  const records = indexed([
    record({ name: 'Hospital Queue Number App', unit: 'Regional General Hospital', description: 'Patients take a queue number at the registration counter' }),
    record({ name: 'Outpatient Online Registration', unit: 'RSUD', description: 'Book outpatient visits online' }),
    record({ name: 'Public Service Mall Queue', unit: 'DPMPTSP', description: 'Visitors take a queue number for the counters' }),
    record({ name: 'Regional Tax Self Assessment', unit: 'Regional Revenue Agency', description: 'Hotels and restaurants report their tax' }),
    record({ name: 'Employee Leave Requests', unit: 'Regional Civil Service Agency', description: 'Civil servants request annual leave' }),
    record({ name: 'Tourist Destination Guide', unit: 'Tourism Office', description: 'Beaches and dive sites, places to visit' }),
  ]);
  const a = analyzeRecords(records, { knowledge });

  it('finds the function a keyword of it names, not one a common word suggests', () => {
    expect(records.map((_, i) => a.applications[a.appOfRecord[i]!]!.fn.function)).toEqual([
      'daftar_faskes_online',
      'daftar_faskes_online',
      'antrian_mpp',
      'pajak_daerah',
      'kepegawaian',
      'pariwisata',
    ]);
  });
});
