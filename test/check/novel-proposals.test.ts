import { describe, expect, it } from 'vitest';
import { tempDir, writeLines } from '../fixtures/temp-files.js';
import { runCli } from './helpers.js';

const HEADER = 'No;Nama Aplikasi;Instansi;OPD Pengelola;Deskripsi;Alamat URL;Platform;Data yang Dikelola;Status;Tahun Pembuatan';

interface Verdict {
  decision: string;
  kind: string;
  function: string | null;
}

async function verdictOf(registryRows: string[], proposal: string): Promise<Verdict> {
  const dir = tempDir('sp-novel');
  const registry = writeLines('registri.csv', [HEADER, ...registryRows], dir);
  const proposals = writeLines('usulan.csv', [HEADER, proposal], dir);
  const run = await runCli(['check', proposals, '--registry', registry, '--format', 'json']);
  return (JSON.parse(run.stdout) as { results: Verdict[] }).results[0]!;
}

describe('a proposal that only loosely resembles a kind of app no function covers', () => {
  it('is allowed, though a lesser candidate function shares a word with it', async () => {
    // street lights read by IoT sensors: "sensor" and "data" are the river-water app's words too, the job is not
    const verdict = await verdictOf(
      [
        '1;Pemantauan Kualitas Air Sungai (SIPANTAU Sungai);Kabupaten Kutai Kartanegara;DLH;data kualitas air sungai dari sensor & sampling DLH;;web;;Aktif;2021',
        '2;SIMPEG;Kabupaten Kutai Kartanegara;BKPSDM;Sistem informasi manajemen kepegawaian;;web;NIP;Aktif;2019',
        '3;e-Presensi;Kabupaten Kutai Kartanegara;BKPSDM;Presensi pegawai dengan swafoto;;android;NIP;Aktif;2020',
      ],
      '1;Lampu Kita;Pemerintah Provinsi Sulawesi Selatan;Dinas Perhubungan;nyala dan padamnya lampu penerangan jalan dari sensor IoT;;android, web;Lokasi Tiang, Status Lampu;Usulan;2026',
    );
    expect(verdict).toMatchObject({ decision: 'allow', kind: 'none', function: null });
  });
});

describe('a kind of app whose words are also another job\'s supporting words', () => {
  const registry = [
    '1;SIMWAS;Kabupaten Temanggung;Inspektorat;Pengawasan internal dan tindak lanjut hasil pemeriksaan;;web;;Aktif;2019',
    '2;SIMTANI;Kabupaten Temanggung;Dinas Pertanian;Data kelompok tani dan kebutuhan pupuk bersubsidi;;web;;Aktif;2020',
    '3;SiCantik;Kabupaten Temanggung;DPMPTSP;Permohonan izin usaha dan izin bangunan secara daring;;web;;Aktif;2020',
    '4;Ruang Kendali Kota;Kabupaten Temanggung;Diskominfo;Dashboard pimpinan dan CCTV kota secara real time;;web;;Aktif;2021',
  ];
  it.each([
    // supervising weights and measures is no internal audit
    ['metrology', '1;SIGAP Metrologi;Pemkab Temanggung;UPT Metrologi Legal;Pengujian dan pengawasan alat ukur takar timbang.;;web;Alat Ukur;Usulan;2026'],
    // irrigation channels are the water-resources office's, not farmer extension
    ['irrigation', '1;SI Irigasi;Kabupaten Temanggung;Dinas PU Sumber Daya Air;Pendataan saluran irigasi tersier dan jadwal gilir air.;;web;Saluran Irigasi, Debit Air;Usulan;2026'],
    // a burial plot's permit is no business licence: the cemetery words argue against licensing
    ['cemetery plots', '1;e-Pemakaman;Kabupaten Temanggung;Dinas Perkim;Pemesanan petak makam di TPU, izin penggunaan tanah makam dan perpanjangan sewa.;;web;Blok Makam, Ahli Waris;Usulan;2026'],
    // an air-quality dashboard is environmental monitoring, a job no app here does yet, not the command centre
    ['an air-quality dashboard', '1;Pantau Udara;Kabupaten Temanggung;Disnaker;Dashboard kualitas udara real time dari sensor PM2.5 milik DLH.;;web;Nilai ISPU, Lokasi Stasiun;Usulan;2026'],
  ])('%s is allowed as new', async (_label, proposal) => {
    expect(await verdictOf(registry, proposal)).toMatchObject({ decision: 'allow' });
  });
});

describe('a proposal whose own words name a job', () => {
  it('is that job, not the one its office suggests, and is allowed where no app does it yet', async () => {
    // proposed by the village office, whose job (village administration) has a national platform
    const verdict = await verdictOf(
      [
        '1;Sistem Informasi Desa;Kabupaten Pasuruan;DPMD;profil desa, data penduduk desa dan surat keterangan desa;;web;Profil Desa, NIK;Aktif;2019',
        '2;SIMPEG;Kabupaten Pasuruan;BKPSDM;Sistem informasi manajemen kepegawaian;;web;NIP;Aktif;2019',
      ],
      '1;Udara Bersih Pasuruan;Pemkab Pasuruan;DPMD;Menampilkan indeks standar pencemar udara dari stasiun sensor kualitas udara.;;web;ISPU, PM2.5, Stasiun Sensor;Usulan;2026',
    );
    expect(verdict).toMatchObject({ decision: 'allow', kind: 'none', function: 'pemantauan_lingkungan' });
  });

  it('meets the apps of that job in other governments', async () => {
    const verdict = await verdictOf(
      ['1;Pemantauan Kualitas Air Sungai (SIPANTAU Sungai);Kabupaten Kutai Kartanegara;DLH;data kualitas air sungai dari sensor & sampling DLH;;web;;Aktif;2021'],
      '1;Udara Kita;Pemerintah Provinsi Sulawesi Selatan;DLH;tampilkan ISPU dari sensor kualitas udara saat musim karhutla;;android, web;ISPU, PM2.5, Lokasi Sensor;Usulan;2026',
    );
    expect(verdict).toMatchObject({ decision: 'block', kind: 'other-governments', function: 'pemantauan_lingkungan' });
  });
});

describe('a proposal that names a job by a generic word only, worded like none of its apps', () => {
  const registry = [
    '1;SIMTANI;Kabupaten Sikka;Dinas Pertanian;Data kelompok tani, luas tanam padi dan kebutuhan pupuk bersubsidi;;web;NIK, Luas Lahan;Aktif;2020',
    '2;SIMPEG;Kabupaten Sikka;BKPSDM;Sistem informasi manajemen kepegawaian;;web;NIP;Aktif;2019',
    '3;Jadwal Bus Kota;Kabupaten Sikka;Dinas Perhubungan;Informasi jadwal dan rute bus kota;;android;Rute, Halte;Aktif;2021',
  ];
  it.each([
    // "bibit" is a farming word, yet replanting coastal mangroves is no farm-extension app
    ['mangrove replanting', '1;SI Bakau;Kabupaten Sikka;DLH;Pencatatan penanaman bibit bakau di pesisir dan persentase yang tumbuh.;;web;Titik Tanam;Usulan;2026'],
  ])('%s is allowed as new', async (_label, proposal) => {
    expect(await verdictOf(registry, proposal)).toMatchObject({ decision: 'allow', function: null });
  });

  it('but one worded like that job\'s apps is still that job', async () => {
    const verdict = await verdictOf(registry, '1;e-Tani Sikka;Kabupaten Sikka;Dinas Pertanian;Pendataan kelompok tani dan luas tanam padi untuk kebutuhan pupuk.;;web;NIK;Usulan;2026');
    expect(verdict).toMatchObject({ decision: 'block', function: 'pertanian' });
  });
});
