import { describe, expect, it } from 'vitest';
import { actorInfo, type GazetteerPerson, LANGUAGES, LEGACY_ORGANISATION_CODES, listActors, loadGazetteer } from '../../../pipeline/data/gazetteer.js';

const UN_MEMBERS = `AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH CI CL CM CN CO CR CU
CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ
IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU
MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN
SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TZ UA UG US UY UZ VC VE VN VU WS YE ZA ZM ZW`.split(/\s+/);

/** The form the finder compares: no case marker, lower case, ё as е. */
function key(alias: string): string {
  return alias.replace(/^=/, '').normalize('NFC').toLowerCase().replaceAll('ё', 'е');
}

/** The G20, the other countries the analysis follows closely, and the organisations. */
const FOLLOWED = `AR AU BR CA CN FR DE IN ID IT JP KR MX RU SA ZA TR GB US EU UA PL FI SE NO DK NL BE ES HU SK CZ RO BG GR RS GE MD BY
KZ IR IL EG QA AE PK PH VN TW KP NZ CH AT IE PT LT LV EE HR SI ME MK AL BA MN TH MY SG NG KE ET CL CO VE CU NI NATO UN`.split(/\s+/);

/** Countries whose foreign minister (or the EU's High Representative) must be known at any date. */
const WITH_MINISTERS = 'AR AU BR CA CN FR DE IN ID IT JP KR MX RU SA ZA TR GB US EU UA PL FI SE HU IR IL TW'.split(' ');

function inOffice(p: GazetteerPerson, date: string): boolean {
  return p.from <= date && (p.to === null || date < p.to);
}

function overlaps(a: GazetteerPerson, b: GazetteerPerson): boolean {
  return a.from < (b.to ?? '9999-12-31') && b.from < (a.to ?? '9999-12-31');
}

describe('gazetteer', () => {
  const g = loadGazetteer();

  it('validates and lists every UN member, the observers and the organisations', () => {
    expect(UN_MEMBERS).toHaveLength(193);
    const codes = new Set(g.actors.map((a) => a.code));
    for (const code of [...UN_MEMBERS, 'TW', 'PS', 'VA', 'XK', 'NATO', 'EU', 'UN']) expect(codes, code).toContain(code);
    expect(codes.size).toBe(g.actors.length);
  });

  it('names every actor in each of the ten languages', () => {
    for (const actor of g.actors) {
      for (const lang of LANGUAGES) {
        expect(actor.aliases[lang].names.length, `${actor.code} ${lang}`).toBeGreaterThan(0);
        expect(actor.display[lang], `${actor.code} ${lang}`).toBeTruthy();
      }
    }
    expect(actorInfo('RU')?.names).toMatchObject({ en: 'Russia', ru: 'Россия', zh: '俄罗斯', ja: 'ロシア' });
    expect(listActors().find((a) => a.code === 'NATO')?.kind).toBe('organisation');
  });

  it('gives organisations codes that cannot be countries', () => {
    const countries = new Set(g.actors.filter((a) => a.kind === 'country').map((a) => a.code));
    for (const org of g.actors.filter((a) => a.kind === 'organisation')) {
      expect(countries.has(org.code), org.code).toBe(false);
      if (!LEGACY_ORGANISATION_CODES.has(org.code)) expect(org.code.length, org.code).toBeGreaterThanOrEqual(3);
    }
  });

  it('maps no alias to two actors within one language', () => {
    for (const lang of LANGUAGES) {
      const owner = new Map<string, string>();
      for (const actor of g.actors) {
        const group = actor.aliases[lang];
        const all = [...group.names, ...group.adjectives, ...group.places, ...group.institutions, ...(actor.anaphors[lang] ?? [])];
        for (const alias of all) {
          const previous = owner.get(key(alias));
          expect(previous === undefined || previous === actor.code, `${lang} "${alias}": ${previous} and ${actor.code}`).toBe(true);
          owner.set(key(alias), actor.code);
        }
      }
    }
  });

  it('has no stem that swallows a one-word alias of another actor', () => {
    for (const lang of LANGUAGES) {
      const single = g.actors.flatMap((a) => {
        const group = a.aliases[lang];
        return [...group.names, ...group.adjectives, ...group.places].filter((x) => !/\s/.test(x)).map((x) => ({ code: a.code, alias: key(x) }));
      });
      const stems = single.filter((s) => s.alias.endsWith('*'));
      for (const stem of stems) {
        const body = stem.alias.slice(0, -1);
        const victims = single.filter((s) => s.code !== stem.code && !s.alias.endsWith('*') && s.alias.startsWith(body));
        expect(victims, `${lang} ${stem.alias} (${stem.code})`).toEqual([]);
      }
    }
  });

  it('gives no person alias to two actors in overlapping periods', () => {
    for (const lang of LANGUAGES) {
      const byAlias = new Map<string, GazetteerPerson[]>();
      for (const person of g.people) {
        for (const alias of person.aliases[lang] ?? []) byAlias.set(key(alias), [...(byAlias.get(key(alias)) ?? []), person]);
      }
      for (const [alias, holders] of byAlias) {
        for (const a of holders) {
          for (const b of holders) {
            if (a.actor !== b.actor) expect(overlaps(a, b), `${lang} "${alias}": ${a.person} (${a.actor}) and ${b.person} (${b.actor})`).toBe(false);
          }
        }
      }
    }
  });

  it('records the office holders the pipeline relies on', () => {
    const holders = (name: string) => g.people.filter((p) => p.person === name).map((p) => [p.actor, p.from, p.to]);
    expect(holders('Mark Rutte')).toEqual([
      ['NL', '2010-10-14', '2024-07-02'],
      ['NATO', '2024-10-01', null],
    ]);
    expect(
      holders('Jens Stoltenberg')
        .map(([actor]) => actor)
        .sort(),
    ).toEqual(['NATO', 'NO']);
    const actorsWithPeople = new Set(g.people.map((p) => p.actor));
    const covered = `US RU CN UA GB FR DE TR JP IN ID KR KP AU CA IT ES PL HU RS BY KZ IR IL SA AE EG SY BR MX AR ZA FI SE NO PH TW HN NATO EU UN
      JO QA KW IQ LB DZ MA TN PK BD LK VN TH MY SG NZ NL BE AT CH CZ SK RO BG GR HR LT LV EE DK IE PT GE MD AM AZ VE CU NI CO CL PE NG KE ET`;
    for (const code of covered.split(/\s+/)) {
      expect(actorsWithPeople, code).toContain(code);
    }
  });

  it('names an institution of every followed country and organisation in each language', () => {
    for (const code of FOLLOWED) {
      const actor = g.actors.find((a) => a.code === code);
      for (const lang of LANGUAGES) expect(actor?.aliases[lang].institutions.length, `${code} ${lang}`).toBeGreaterThan(0);
    }
  });

  it('gives no actor a ministry or parliament word that names no country', () => {
    // Every country has a 外交部 and a 国会; only the name in front says whose.
    const bare = {
      zh: ['外交部', '外交部长', '外长', '国防部', '议会', '国会', '总统府', '首相'],
      ja: ['外務省', '外相', '国防省', '国防相', '国会', '大統領府', '首相'],
    };
    for (const [lang, words] of Object.entries(bare) as Array<['zh' | 'ja', string[]]>) {
      const all = new Set(g.actors.flatMap((a) => Object.values(a.aliases[lang]).flat().map(key)));
      for (const word of words) expect(all.has(word), `${lang} ${word}`).toBe(false);
    }
  });

  it('keeps the periods of one person in one office apart', () => {
    const periods = new Map<string, GazetteerPerson[]>();
    for (const p of g.people) periods.set(`${p.person} / ${p.role}`, [...(periods.get(`${p.person} / ${p.role}`) ?? []), p]);
    for (const [office, list] of periods) {
      for (const a of list) for (const b of list) if (a !== b) expect(overlaps(a, b), office).toBe(false);
    }
  });

  it('knows the foreign minister of each closely followed country at any date since 2015', () => {
    const foreign = /Foreign (Minister|Secretary)|Secretary of State|External Affairs Minister|Minister of International Relations|High Representative/;
    for (const date of ['2015-06-01', '2018-01-01', '2020-01-01', '2022-06-01', '2024-06-01', '2025-06-01']) {
      for (const code of WITH_MINISTERS) {
        const holders = g.people.filter((p) => p.actor === code && foreign.test(p.role) && inOffice(p, date));
        expect(holders.length, `${code} ${date}`).toBeGreaterThan(0);
      }
    }
  });
});
