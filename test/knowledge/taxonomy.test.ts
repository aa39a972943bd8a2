import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFunctionModel } from '../../src/cluster/function-model.js';
import { DATA_DIR, loadValidated } from '../../src/knowledge/load.js';
import {
  CitizenNeedsSchema,
  DataElementsSchema,
  EcosystemCuesSchema,
  PlatformsSchema,
  TaxonomySchema,
  crossCheck,
  loadKnowledgeBase,
} from '../../src/knowledge/taxonomy.js';

/** The national platforms of docs/domain.md, as the analyst writes them. */
const DOMAIN_PLATFORMS = [
  'SIASN',
  'e-Kinerja BKN',
  'SRIKANDI',
  'SIKN/JIKN',
  'SIPD',
  'SPSE',
  'JDIHN',
  'Portal Satu Data Indonesia',
  'Ina-Geoportal',
  'IKD/SIAK Terpusat',
  'OSS RBA',
  'SP4N-LAPOR!',
  'SATUSEHAT',
  'ASIK',
  'Dapodik',
  'SIKS-NG',
  'SIGNAL',
  'SIAPkerja',
  'SIMLUHTAN/e-RDKK',
  'InaRISK',
  'INLISLite',
  'iPusnas',
  'BLUe',
  'Prodeskel/Sistem Informasi Desa',
  'Siskeudes',
  'Call Center 112',
];

/** The functions an analyst distinguishes (the brief's list); more may be added, none removed. */
const REQUIRED_FUNCTIONS = [
  'website', 'presensi', 'simpus', 'simrs', 'kepegawaian', 'pengaduan', 'persuratan', 'perencanaan_anggaran',
  'pajak_daerah', 'keuangan', 'perizinan', 'kinerja', 'ppdb', 'adminduk_online', 'satu_data', 'pengadaan', 'ppid',
  'bansos', 'jdih', 'gaji_tpp', 'posyandu', 'pendidikan_data', 'ketenagakerjaan', 'pariwisata', 'antrian_mpp', 'aset',
  'pertanian', 'geospasial', 'desa', 'darurat', 'umkm', 'kearsipan', 'daftar_faskes_online', 'perpustakaan',
  'command_center', 'kebencanaan', 'musrenbang', 'retribusi', 'bank_sampah', 'adminduk_keliling', 'pengawasan',
  'uji_kir', 'adminduk_mandiri', 'beasiswa', 'keuangan_desa', 'perpustakaan_digital', 'perpustakaan_keliling',
  'samsat_keliling', 'samsat_online', 'samsat_mandiri',
];

/** Platform names compared without spaces around "/" ("IKD / SIAK Terpusat" = "IKD/SIAK Terpusat"). */
const normName = (s: string) => s.replace(/\s*\/\s*/g, '/').trim().toLowerCase();
/** How the tool compares phrases: case-, spacing- and punctuation-insensitive. */
const normPhrase = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

describe('knowledge base', () => {
  const k = loadKnowledgeBase();

  it('writes out phrase groups: a function listing @officeWebsite excludes its phrases, and no @ is left', () => {
    for (const f of k.functions) expect(f.exclude.filter((p) => p.startsWith('@')), f.id).toEqual([]);
    expect(k.functionById.get('simpus')!.exclude).toEqual(expect.arrayContaining(['website resmi', 'portal informasi publik']));
    expect(k.functionById.get('website')!.exclude).not.toContain('website resmi');
  });

  it('loads every file and the cross-check is clean', () => {
    expect(k.functions.length).toBeGreaterThanOrEqual(REQUIRED_FUNCTIONS.length);
    expect(k.platforms.length).toBe(DOMAIN_PLATFORMS.length);
    expect(k.elements.length).toBeGreaterThanOrEqual(100);
    expect(k.needs.length).toBeGreaterThanOrEqual(10);
    expect(k.cues.cues.length).toBeGreaterThan(0);
    expect(crossCheck(k)).toEqual([]);
  });

  it('has every required function', () => {
    const ids = new Set(k.functions.map((f) => f.id));
    expect(REQUIRED_FUNCTIONS.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('names a taxonomy function for an office\'s own address', () => {
    expect(k.functions.map((f) => f.id)).toContain(loadFunctionModel().evidence.officeSite.function);
  });

  it('links functions and platforms both ways', () => {
    for (const f of k.functions) {
      if (!f.platform) continue;
      const p = k.platformById.get(f.platform);
      expect(p, `${f.id} -> ${f.platform}`).toBeDefined();
      expect(p!.functions, `${f.platform} should list ${f.id}`).toContain(f.id);
    }
    for (const p of k.platforms)
      for (const id of p.functions) expect(k.functionById.get(id)?.platform, `${id} should point to ${p.id}`).toBe(p.id);
  });

  it('replaces the split functions with one platform each', () => {
    expect(k.platformById.get('sipd')!.functions).toEqual(['perencanaan_anggaran', 'keuangan', 'musrenbang']);
    expect(k.platformById.get('ikd')!.functions).toEqual(['adminduk_online', 'adminduk_keliling', 'adminduk_mandiri']);
    expect(k.platformById.get('signal')!.functions).toEqual(['samsat_online', 'samsat_keliling', 'samsat_mandiri']);
    expect(k.platformById.get('satusehat')!.functions).toEqual(['simpus', 'simrs']);
  });

  it('has every platform of docs/domain.md by name, with an owner code', () => {
    const names = new Set(k.platforms.map((p) => normName(p.name)));
    expect(DOMAIN_PLATFORMS.filter((n) => !names.has(normName(n)))).toEqual([]);
    for (const p of k.platforms) expect(p.ownerCode).toMatch(/^00\.[A-Za-z]+$/);
  });

  it('uses owner codes known to central-agencies.yaml', () => {
    const file = join(DATA_DIR, 'central-agencies.yaml');
    if (!existsSync(file)) return;
    const codes = new Set<string>();
    const collect = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object')
        for (const [key, value] of Object.entries(v)) {
          if (key === 'code' && typeof value === 'string') codes.add(value);
          else collect(value);
        }
    };
    collect(parseYaml(readFileSync(file, 'utf8')));
    expect(k.platforms.filter((p) => !codes.has(p.ownerCode)).map((p) => `${p.id}: ${p.ownerCode}`)).toEqual([]);
  });

  it('agrees with the platform table of docs/domain.md when it is available', () => {
    const domainMd = resolve(DATA_DIR, '..', '..', 'shared', 'docs', 'domain.md');
    if (!existsSync(domainMd)) return;
    const text = readFileSync(domainMd, 'utf8');
    const section = text.split('## National shared platforms')[1]?.split('\n## ')[0] ?? '';
    const rows = section
      .split('\n')
      .filter((l) => l.startsWith('|') && !l.startsWith('|---') && !l.includes('national platform'))
      .map((l) => l.split('|')[2]!.trim());
    expect(rows.length).toBe(DOMAIN_PLATFORMS.length);
    expect(rows.map(normName).sort()).toEqual(DOMAIN_PLATFORMS.map(normName).sort());
  });

  it('gives a citizen need to citizen-facing functions only', () => {
    for (const f of k.functions) {
      if (f.ecosystem === 'internal') expect(f.need, f.id).toBeNull();
      else expect(f.need, f.id).not.toBeNull();
    }
  });

  it('writes keywords, units and excludes as lowercase ASCII without duplicates', () => {
    for (const f of k.functions) {
      for (const field of ['keywords', 'related', 'units', 'exclude'] as const) {
        for (const w of f[field]) expect(w, `${f.id}.${field}`).toMatch(/^[a-z0-9 .\-/'&]+$/);
        const seen = f[field].map(normPhrase);
        expect(new Set(seen).size, `${f.id}.${field} has duplicates`).toBe(seen.length);
      }
      const excluded = new Set(f.exclude.map(normPhrase));
      expect(f.keywords.filter((w) => excluded.has(normPhrase(w))), `${f.id}: keyword also excluded`).toEqual([]);
    }
  });

  it('does not give one keyword or acronym to two functions', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const f of k.functions)
      for (const w of new Set([...f.keywords, ...f.acronyms].map(normPhrase))) {
        const other = owner.get(w);
        if (other && other !== f.id) clashes.push(`${w}: ${other}, ${f.id}`);
        owner.set(w, f.id);
      }
    expect(clashes).toEqual([]);
  });

  it('spells each data-element synonym once across all elements', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of k.elements)
      for (const s of e.synonyms) {
        const n = normPhrase(s);
        const other = owner.get(n);
        if (other && other !== e.id) clashes.push(`${n}: ${other}, ${e.id}`);
        owner.set(n, e.id);
      }
    expect(clashes).toEqual([]);
  });

  it('defines master data whose key elements belong to the domain', () => {
    const byId = new Map(k.elements.map((e) => [e.id, e]));
    for (const d of k.masterData) {
      for (const key of d.keyElements) expect(byId.get(key)?.domain, `${d.id}.${key}`).toBe(d.id);
      const members = k.elements.filter((e) => e.domain === d.id).length;
      expect(members, d.id).toBeGreaterThanOrEqual(d.minElements);
    }
    const population = k.masterData.find((d) => d.id === 'population')!;
    expect(population.keyElements).toEqual(expect.arrayContaining(['nik', 'kk']));
    // NIK alone (a login) is not population master data; NIK + KK + address is.
    expect(population.minElements).toBe(3);
    expect(byId.get('address')?.domain).toBe('population');
  });

  it('maps the usual spellings of NIK, KK and NIP', () => {
    const find = (s: string) => k.elements.find((e) => e.synonyms.some((x) => normPhrase(x) === normPhrase(s)))?.id;
    for (const s of ['NIK', 'No. NIK', 'Nomor Induk Kependudukan', 'No KTP']) expect(find(s), s).toBe('nik');
    for (const s of ['No KK', 'Nomor Kartu Keluarga']) expect(find(s), s).toBe('kk');
    for (const s of ['NIP', 'Nomor Induk Pegawai']) expect(find(s), s).toBe('nip');
    expect(find('Alamat Domisili')).toBe('address');
    expect(find('Swafoto')).toBe(find('Foto Wajah'));
  });

  it('has ecosystem cues for every ecosystem and kiosks as self service', () => {
    const covered = new Set(k.cues.cues.map((c) => c.ecosystem));
    for (const e of ['electronic', 'direct', 'mobile', 'self', 'internal']) expect(covered.has(e as never), e).toBe(true);
    expect(k.cues.platformEcosystem['kiosk']).toBe('self');
  });
});

describe('schema validation', () => {
  const dir = mkdtempSync(join(tmpdir(), 'satupintu-knowledge-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  const fn = (extra: string) =>
    [
      'functions:',
      '  - id: presensi',
      '    label: {id: Presensi, en: Attendance}',
      '    ecosystem: internal',
      '    keywords: [presensi]',
      extra,
    ].join('\n');

  it('accepts a minimal valid function file', () => {
    const path = write('ok.yaml', fn(''));
    expect(loadValidated(path, TaxonomySchema).functions[0]!.platform).toBeNull();
  });

  it('rejects an unknown key and names the file and the path', () => {
    const path = write('unknown-key.yaml', fn('    keyword: [absensi]'));
    expect(() => loadValidated(path, TaxonomySchema)).toThrow(path);
    expect(() => loadValidated(path, TaxonomySchema)).toThrow(/functions\.0/);
  });

  it('rejects an unknown ecosystem', () => {
    const path = write('bad-ecosystem.yaml', fn('').replace('ecosystem: internal', 'ecosystem: online'));
    expect(() => loadValidated(path, TaxonomySchema)).toThrow(/bad-ecosystem\.yaml: functions\.0\.ecosystem/);
  });

  it('rejects a number where a phrase is expected (unquoted 112)', () => {
    const path = write('number.yaml', fn('').replace('keywords: [presensi]', 'keywords: [darurat, 112]'));
    expect(() => loadValidated(path, TaxonomySchema)).toThrow(/number\.yaml: functions\.0\.keywords\.1/);
  });

  it('rejects invalid YAML with the file name', () => {
    const path = write('broken.yaml', 'functions: [\n  - id: x');
    expect(() => loadValidated(path, TaxonomySchema)).toThrow(/broken\.yaml: not valid YAML/);
  });

  it('validates the other knowledge files against their schemas', () => {
    const file = (name: string) => join(DATA_DIR, name);
    expect(() => loadValidated(file('platforms.yaml'), PlatformsSchema)).not.toThrow();
    expect(() => loadValidated(file('data-elements.yaml'), DataElementsSchema)).not.toThrow();
    expect(() => loadValidated(file('citizen-needs.yaml'), CitizenNeedsSchema)).not.toThrow();
    expect(() => loadValidated(file('ecosystem-cues.yaml'), EcosystemCuesSchema)).not.toThrow();
    const bad = write('bad-platform.yaml', 'platforms:\n  - id: x\n    name: X\n    owner: Y\n    ownerCode: 00.Y\n    functions: []\n    description: {id: a, en: b}\n');
    expect(() => loadValidated(bad, PlatformsSchema)).toThrow(/bad-platform\.yaml: platforms\.0\.functions/);
  });

  it('reports broken references in the cross-check', () => {
    const k = loadKnowledgeBase();
    const broken = {
      ...k,
      functions: [...k.functions, { ...k.functions[0]!, id: 'extra', platform: 'nowhere', need: 'nothing', dataElements: ['nope'] }],
    };
    const problems = crossCheck(broken);
    expect(problems).toContain('functions.yaml: extra: unknown platform nowhere');
    expect(problems).toContain('functions.yaml: extra: unknown need nothing');
    expect(problems).toContain('functions.yaml: extra: unknown data element nope');
  });

  it('a family has one function per ecosystem and more than one function', () => {
    const k = loadKnowledgeBase();
    const online = k.functionById.get('samsat_online')!;
    const twice = crossCheck({ ...k, functions: [...k.functions, { ...online, id: 'samsat_online_2' }] });
    expect(twice).toContain('functions.yaml: samsat_online_2: family samsat already has samsat_online as its electronic channel');
    const alone = crossCheck({ ...k, functions: [...k.functions, { ...online, id: 'lonely', family: 'lonely' }] });
    expect(alone).toContain('functions.yaml: family lonely has one function only (lonely): a family joins channels of one job');
  });

  it('every family of the shipped taxonomy has a function per channel it names', () => {
    const k = loadKnowledgeBase();
    const families = new Map<string, string[]>();
    for (const f of k.functions) if (f.family) families.set(f.family, [...(families.get(f.family) ?? []), f.ecosystem]);
    expect(Object.fromEntries(families)).toMatchObject({
      adminduk: ['electronic', 'mobile', 'self'],
      samsat: ['electronic', 'mobile', 'self'],
    });
  });
});
