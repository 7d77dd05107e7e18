import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { StanceError } from '../../core/errors.js';

/*
 * The fonts a PNG chart is drawn with. The PNG renderer draws no text at all without a font,
 * silently, and with the system's fonts its look depends on whatever happens to be installed;
 * so it is given DejaVu Sans explicitly (Latin, Cyrillic, Greek, Arabic, Turkish), which is what
 * the SVG asks for first, plus a CJK font when one is installed, for Chinese and Japanese names.
 */

/** Where distributions put DejaVu: Debian/Ubuntu (fonts-dejavu-core), Fedora, Arch, Alpine, Homebrew. */
export const FONT_DIRS = [
  '/usr/share/fonts/truetype/dejavu',
  '/usr/share/fonts/dejavu-sans-fonts',
  '/usr/share/fonts/dejavu',
  '/usr/share/fonts/TTF',
  '/usr/share/fonts/ttf-dejavu',
  '/usr/local/share/fonts',
  '/opt/homebrew/share/fonts',
  '/Library/Fonts',
];

/** CJK fonts Debian ships (fonts-vlgothic, fonts-ipafont-gothic, fonts-noto-cjk, fonts-wqy-zenhei), smallest first. */
export const CJK_FONTS = [
  '/usr/share/fonts/truetype/vlgothic/VL-Gothic-Regular.ttf',
  '/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
];

export const CHART_FONT_FAMILY = 'DejaVu Sans';

export interface ChartFonts {
  files: string[];
  family: string;
}

/** DejaVu Sans (regular and bold) from the first folder that has it, and the first CJK font present. */
export function findChartFonts(dirs: readonly string[] = FONT_DIRS, cjk: readonly string[] = CJK_FONTS): ChartFonts {
  const dir = dirs.find((d) => existsSync(join(d, 'DejaVuSans.ttf')));
  if (!dir) {
    throw new StanceError(
      'bad_config',
      `a PNG chart needs the DejaVu Sans font for its text, and DejaVuSans.ttf is in none of ${dirs.join(', ')}: install it (Debian/Ubuntu: apt-get install fonts-dejavu-core; Fedora: dnf install dejavu-sans-fonts) or write the chart as .svg`,
    );
  }
  const files = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(dir, f)).filter((f) => existsSync(f));
  const extra = cjk.find((f) => existsSync(f));
  return { files: extra ? [...files, extra] : files, family: CHART_FONT_FAMILY };
}
