import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { loadJson } from './knowledge-files.js';
import type { Stage } from './rules.js';
import type { Deadline } from './types.js';
import { LegalBasis, Level, RouteCode } from './types.js';

const DeadlineSpec = z.object({
  label: z.string(),
  days: z.number().int().positive().optional(),
  months: z.number().int().positive().optional(),
  /** When the period starts: the date the matter happened (facts.when), today, or unknown here. */
  from: z.enum(['when', 'now']).nullable(),
  basis: LegalBasis,
});
type DeadlineSpec = z.infer<typeof DeadlineSpec>;

const Bodies = z.partialRecord(Level, z.string());

const RouteChannel = z.object({
  level: Level,
  bodies: Bodies,
  phone: z.string().optional(),
  deadlines: z.array(DeadlineSpec),
});

const DefaultDirectory = z.object({
  routes: z.record(RouteCode, RouteChannel),
  stages: z.record(z.enum(['judicial', 'review', 'recheck', 'final']), z.object({ bodies: Bodies, deadlines: z.array(DeadlineSpec) })),
});

const LocalChannel = z.object({
  route: RouteCode,
  level: Level,
  body: z.string(),
  address: z.string().nullable(),
  hours: z.string().nullable(),
  phone: z.string().nullable(),
  demo: z.boolean(),
});
export type LocalChannel = z.infer<typeof LocalChannel>;

const JurisdictionDirectory = z.object({
  jurisdiction: z.string().regex(/^\d{2,12}$/),
  name: z.string(),
  demo: z.boolean(),
  note: z.string(),
  channels: z.array(LocalChannel),
});

export interface PlaceNames {
  province?: string;
  city?: string;
  county?: string;
  town?: string;
  village?: string;
}

export interface ChannelChoice {
  level: Level;
  body: string;
  phone: string | null;
  address: string | null;
  hours: string | null;
  demo: boolean;
  deadlines: Deadline[];
}

const GENERIC_PLACE: Required<PlaceNames> = { province: '省', city: '市', county: '县（市、区）', town: '乡镇', village: '所在村' };
const LEVEL_ORDER: Level[] = ['village', 'town', 'county', 'city', 'province'];

function fill(template: string, place: PlaceNames): string {
  return template.replace(/\{(province|city|county|town|village)\}/g, (_, key: keyof PlaceNames) => place[key] ?? GENERIC_PLACE[key]);
}

function addPeriod(start: Date, spec: DeadlineSpec): string {
  const due = new Date(start);
  if (spec.months) due.setUTCMonth(due.getUTCMonth() + spec.months);
  if (spec.days) due.setUTCDate(due.getUTCDate() + spec.days);
  return due.toISOString().slice(0, 10);
}

export interface ChannelDirectory {
  choose(input: { route: RouteCode; level: Level | null; stage: Stage | null; division: string | null; place: PlaceNames; now: Date; when: Date | null }): ChannelChoice;
}

/** knowledge/channels/default.json plus one file per jurisdiction (division-code prefix) that overrides bodies. */
export function loadChannelDirectory(knowledgeDir: string): ChannelDirectory {
  const defaults = loadJson(knowledgeDir, 'channels/default.json', DefaultDirectory);
  const local = readdirSync(join(knowledgeDir, 'channels'))
    .filter((f) => /^\d+\.json$/.test(f))
    .map((f) => loadJson(knowledgeDir, `channels/${f}`, JurisdictionDirectory))
    .sort((a, b) => b.jurisdiction.length - a.jurisdiction.length);

  return {
    choose({ route, level, stage, division, place, now, when }) {
      const channel = defaults.routes[route];
      const stageChannel = route === 'xinfang' || route === 'judicial' ? (stage ? defaults.stages[stage] : undefined) : undefined;
      const wanted = level ?? channel?.level ?? 'county';
      const bodies = stageChannel?.bodies ?? channel?.bodies ?? {};
      // The wanted level if the directory has a body there, else the nearest higher level that has one.
      const chosenLevel =
        LEVEL_ORDER.slice(LEVEL_ORDER.indexOf(wanted)).find((l) => bodies[l]) ?? LEVEL_ORDER.find((l) => bodies[l]) ?? wanted;
      const specs = [...(stageChannel?.deadlines ?? []), ...(stageChannel && stage !== 'judicial' ? [] : (channel?.deadlines ?? []))];
      const deadlines: Deadline[] = specs.map((spec) => {
        const start = spec.from === 'now' ? now : spec.from === 'when' ? when : null;
        return {
          label: spec.label,
          days: spec.days ?? null,
          months: spec.months ?? null,
          dayCount: 'calendar',
          due: start ? addPeriod(start, spec) : null,
          basis: spec.basis,
        };
      });
      const override = division
        ? local.find((d) => division.startsWith(d.jurisdiction))?.channels.find((c) => c.route === route && c.level === chosenLevel)
        : undefined;
      if (override && !stageChannel) {
        const { body, phone, address, hours, demo } = override;
        return { level: chosenLevel, body: fill(body, place), phone, address, hours, demo, deadlines };
      }
      return {
        level: chosenLevel,
        body: fill(bodies[chosenLevel] ?? '有权处理的机关', place),
        phone: channel?.phone ?? null,
        address: null,
        hours: null,
        demo: false,
        deadlines,
      };
    },
  };
}
