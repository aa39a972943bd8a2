import { describe, expect, it } from 'vitest';
import { tempDir, writeLines } from '../fixtures/temp-files.js';
import { runCli } from './helpers.js';

const HEADER = 'No;Nama Aplikasi;Instansi;OPD Pengelola;Deskripsi;Alamat URL;Platform;Data yang Dikelola;Status;Tahun Pembuatan';

describe('a proposal that only loosely resembles a kind of app no function covers', () => {
  it('is allowed, though a lesser candidate function shares a word with it', async () => {
    const dir = tempDir('sp-novel');
    const registry = writeLines(
      'registri.csv',
      [
        HEADER,
        '1;Pemantauan Kualitas Air Sungai (SIPANTAU Sungai);Kabupaten Kutai Kartanegara;DLH;data kualitas air sungai dari sensor & sampling DLH;;web;;Aktif;2021',
        '2;SIMPEG;Kabupaten Kutai Kartanegara;BKPSDM;Sistem informasi manajemen kepegawaian;;web;NIP;Aktif;2019',
        '3;e-Presensi;Kabupaten Kutai Kartanegara;BKPSDM;Presensi pegawai dengan swafoto;;android;NIP;Aktif;2020',
      ],
      dir,
    );
    // air quality during forest fires: "karhutla" is a disaster word, the likeness to the river-water app is weak
    const proposals = writeLines('usulan.csv', [HEADER, '1;Udara Kita;Pemerintah Provinsi Sulawesi Selatan;DLH;tampilkan ISPU dari sensor kualitas udara saat musim karhutla;;android, web;ISPU, PM2.5, Lokasi Sensor;Usulan;2026'], dir);
    const run = await runCli(['check', proposals, '--registry', registry, '--format', 'json']);
    const [verdict] = (JSON.parse(run.stdout) as { results: { decision: string; kind: string }[] }).results;
    expect(verdict).toMatchObject({ decision: 'allow', kind: 'none' });
  });
});
