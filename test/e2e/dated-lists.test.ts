import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from '../check/helpers.js';
import { tempDir, writeLines } from '../fixtures/temp-files.js';

const HEADER = 'No;Nama Aplikasi;Instansi;OPD Pengelola;Deskripsi;Alamat URL;Platform;Status;Tahun Pembuatan';
const LATER = 'no_urut|nama_aplikasi|pemerintah_daerah|unit_kerja|url|status_2026';

describe('a registry re-submitted a year later', () => {
  it('speaks for the apps it shares with the older list: an app it calls dead is retired, with that reason', async () => {
    const dir = tempDir('sp-dated');
    const older = writeLines(
      'inventaris_2025.csv',
      [
        HEADER,
        '1;SIABSEN;Kabupaten Kediri;BKPSDM;Presensi pegawai;https://siabsen.kedirikab.go.id;web;Aktif;2019',
        '2;e-Retribusi Pasar;Kabupaten Kediri;Disperdagin;Retribusi pasar harian;https://eretribusi.kedirikab.go.id;web;Tidak Aktif;2018',
      ],
      dir,
    );
    const later = writeLines(
      'resubmisi.csv',
      [
        LATER,
        '1|SIABSEN (Sistem Informasi Absensi Pegawai)|Pemkab Kediri|BKPSDM|http://siabsen.kedirikab.go.id/|Tidak Aktif',
        '2|e-Retribusi Pasar|Pemkab Kediri|Disperdagin|eretribusi.kedirikab.go.id|Aktif',
      ],
      dir,
    );
    const out = join(dir, 'out');
    const run = await runCli(['analyze', older, later, '--out', out, '-q', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/inventaris_2025\.csv: read as the list of 2025, which the file name names/);
    expect(run.stderr).toMatch(/resubmisi\.csv: read as the list of 2026, which column "status_2026" names/);
    const plan = parse(readFileSync(join(out, 'plan.csv'), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    const attendance = plan.filter((r) => r.name!.startsWith('SIABSEN'));
    expect(new Set(attendance.map((r) => r.app_id)).size).toBe(1);
    expect(attendance.map((r) => r.action)).toEqual(['retire', 'retire']);
    expect(attendance[0]!.reasons).toMatch(/inactive in the newest list naming it \(resubmisi\.csv, 2026\)/);
    // the other way round: the older list's dead app lives again, and the reason says why
    const levy = plan.filter((r) => r.name === 'e-Retribusi Pasar');
    expect(levy.map((r) => r.action)).toEqual(['retain', 'retain']);
    expect(levy[0]!.reasons).toMatch(/status "Aktif" as the newest list naming it gives it \(resubmisi\.csv, 2026\)/);
  });
});
