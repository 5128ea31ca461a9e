// Figures 7 and 8: the board roadmap PDF of a large workshop (60 initiatives, 200 milestones, 20 KPIs
// with 12 values each, 3 posters of 10 people), built in Node exactly as the export worker builds it:
// layout, drawing and compression, median of three runs, and the size of the file.
import type { Figure } from './report';
import { median } from './stats';
import { buildPdfBenchWorkshop, PDF_BENCH_SIZE } from './pdfBenchWorkshop';
import { buildOptions, createJsPdf, testFonts } from '../unit/shared/pdf/pdfTestKit';
import { renderRoadmapPdf } from '../../shared/pdf';

const RUNS = 3;

export function measureRoadmapPdf(): Figure[] {
  const bundle = buildPdfBenchWorkshop();
  const fonts = testFonts();
  const options = buildOptions(bundle, { today: '2027-03-15' });
  // One untimed run, so the figure is the steady state rather than module loading and JIT warm-up.
  renderRoadmapPdf(bundle, options, fonts, createJsPdf);
  const samples: number[] = [];
  let bytes = 0;
  let pages = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    const result = renderRoadmapPdf(bundle, options, fonts, createJsPdf);
    samples.push(performance.now() - start);
    bytes = result.bytes.byteLength;
    pages = result.pageCount;
  }
  const size = `${PDF_BENCH_SIZE.initiatives} initiatives, ${PDF_BENCH_SIZE.milestones} milestones, ${PDF_BENCH_SIZE.kpis} KPIs, ${PDF_BENCH_SIZE.keyAccounts} posters`;
  return [
    { figure: `Roadmap PDF, ${size}: ${pages} pages (median of ${RUNS}, Node)`, value: median(samples), unit: 'ms', goal: 1500, samples },
    { figure: 'Roadmap PDF of that workshop, file size', value: bytes / 1000, unit: 'KB', goal: 3000 },
  ];
}
