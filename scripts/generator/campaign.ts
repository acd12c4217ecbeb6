// How one central document is carried down the country: the Government's programme, then
// in each chosen province the Party committee's programme, the People's Committee's plan,
// the propaganda board's guidance, departments, mass organisations, districts and
// communes, each a few days to months after the document it implements.

import { MERGER_DAY, CORPUS_END, type Day } from './calendar.ts';
import { centralDocument, LAWS } from './catalogue.ts';
import type { DocPlan } from './compose.ts';
import { TYPES, type TypeName } from './doc-types.ts';
import type { DocSpec } from './document.ts';
import { provincePhrase, type Locality } from './geography.ts';
import { CENTRAL, localIssuers, provinceIssuers, writeSymbol, type Issuer, type ProvinceIssuers } from './issuers.ts';
import { gapFor, type Numbering } from './numbering.ts';
import type { Random } from './random.ts';
import type { Topic } from './topics.ts';

export type PlannedText =
  | { genre: 'document'; plan: DocPlan; held: boolean }
  | { genre: 'news'; reported: DocSpec; implemented: DocSpec; day: Day };

export class CampaignPlanner {
  private serial = 0;
  private readonly issuersCache = new Map<Locality, ProvinceIssuers>();
  /** The last few province-level documents of each province, for "theo tinh thần" citations. */
  private readonly recent = new Map<Locality, DocSpec[]>();

  constructor(
    private readonly random: Random,
    private readonly numbering: Numbering,
    private readonly catalogue: readonly DocSpec[],
    private readonly government: readonly DocSpec[] = [],
  ) {}

  /** A Government or Prime Minister's document on the topic, issued before `day`, if any. */
  private governmentBasis(topic: Topic, day: Day): DocSpec[] {
    const r = this.random;
    const earlier = this.government.filter((d) => d.day < day - 30 && (d.topic === topic || r.chance(0.05)));
    return earlier.length > 0 && r.chance(0.5) ? [r.pick(earlier)] : [];
  }

  private issue(issuer: Issuer, typeName: TypeName, day: Day, topic: Topic, title: string): DocSpec {
    const type = TYPES[typeName];
    const numeral = this.numbering.next(issuer, type, day, this.random, gapFor(issuer, type));
    return {
      id: `d${(++this.serial).toString(36)}`, issuer, type, numeral, day, topic, title,
      number: writeSymbol(issuer, type, numeral, day), term: issuer.termAt(day)?.label ?? null,
    };
  }

  private localTitle(topic: Topic, where: string): string {
    return this.random.pick([
      `về tăng cường ${topic.field} trên địa bàn ${where}`,
      `về đẩy mạnh ${topic.field}`,
      `${topic.field} giai đoạn mới`,
      `về nâng cao hiệu quả ${topic.field} trên địa bàn ${where}`,
    ]);
  }

  private issuersOf(locality: Locality): ProvinceIssuers {
    let issuers = this.issuersCache.get(locality);
    if (!issuers) this.issuersCache.set(locality, (issuers = provinceIssuers(locality)));
    return issuers;
  }

  /** The central document's own text, and the Government's programme implementing it. */
  *centre(root: DocSpec): Generator<PlannedText, DocSpec | null> {
    const r = this.random;
    const earlier = this.catalogue.filter((d) => d.topic === root.topic && d.day < root.day - 365);
    const history = earlier.length > 0 && r.chance(0.6) ? r.pick(earlier) : null;
    const spirit = this.catalogue.filter((d) => d.day < root.day - 30 && d !== history);
    yield {
      genre: 'document', held: r.chance(0.8),
      plan: { self: root, implements: null, chain: null, basis: [], spirit: spirit.length > 0 && r.chance(0.5) ? [r.pick(spirit)] : [], history },
    };
    if (root.type.code !== 'NQ' || !r.chance(0.7)) return null;
    const day = Math.min(root.day + r.lagDays(30, 150), CORPUS_END);
    const title = `ban hành Chương trình hành động của Chính phủ thực hiện ${root.type.name.toLocaleLowerCase('vi')} ${root.topic.title}`;
    const programme = { ...this.issue(CENTRAL.government, 'NQ', day, root.topic, title) };
    yield { genre: 'document', held: r.chance(0.7), plan: { self: programme, implements: root, chain: null, basis: [], spirit: [], history: null } };
    return programme;
  }

  /** Everything one province issues to carry `root` down. */
  *province(root: DocSpec, programme: DocSpec | null, locality: Locality): Generator<PlannedText> {
    const r = this.random;
    const d1 = root.day + r.lagDays(15, 150);
    if (d1 > CORPUS_END) return;
    if (root.issuer.system === 'state') {
      yield* this.stateProvince(root, locality, d1);
      return;
    }
    const issuers = this.issuersOf(locality);
    const where = provincePhrase(locality.province);
    // A province of the 63 issues nothing from the merger on, one of the 34 nothing before it.
    const clamp = (day: Day): Day => (locality.merged ? Math.max(MERGER_DAY, Math.min(day, CORPUS_END)) : Math.min(day, MERGER_DAY - 1));
    const recent = this.recent.get(locality) ?? [];
    const held = (): boolean => r.chance(0.92);

    const tuType: TypeName = root.type.code === 'NQ' ? (r.chance(0.7) ? 'CTr' : 'KH') : r.chance(0.7) ? 'KH' : 'CT';
    const tu = this.issue(issuers.committee, tuType, clamp(d1), root.topic, this.localTitle(root.topic, where));
    const earlier = this.catalogue.filter((d) => d.topic === root.topic && d.day < root.day - 700);
    yield {
      genre: 'document', held: held(),
      plan: {
        self: tu, implements: root, chain: null, basis: [],
        spirit: this.spiritOf(root, recent),
        history: earlier.length > 0 && r.chance(0.35) ? r.pick(earlier) : null,
      },
    };
    if (r.chance(0.04)) yield { genre: 'news', reported: tu, implemented: root, day: clamp(tu.day + r.int(1, 10)) };

    let plan: DocSpec | null = null;
    if (r.chance(0.85)) {
      const day = clamp(tu.day + r.lagDays(7, 120));
      plan = this.issue(issuers.peoplesCommittee, r.chance(0.8) ? 'KH' : 'QD', day, root.topic, this.localTitle(root.topic, where));
      const laws = LAWS.filter((law) => law.day < day - 180);
      const basis = [...r.sample(laws, r.int(1, 2)), ...(programme && programme.day < day && r.chance(0.7) ? [programme] : []), ...this.governmentBasis(root.topic, day)];
      const chained = r.chance(0.5);
      yield {
        genre: 'document', held: held(),
        plan: { self: plan, implements: tu, chain: chained ? { doc: tu, target: root } : null, basis, spirit: chained ? [] : [root], history: null },
      };
    }
    if (r.chance(0.4)) {
      const guide = this.issue(issuers.propaganda, 'HD', clamp(tu.day + r.lagDays(5, 60)), root.topic, `tuyên truyền ${root.topic.field}`);
      yield { genre: 'document', held: held(), plan: { self: guide, implements: tu, chain: null, basis: [], spirit: [], history: null } };
    }
    if (plan) {
      const parent = plan;
      const open = issuers.departments.filter((d) => parent.day >= d.from && parent.day <= d.to);
      for (const dept of r.sample(open, r.int(0, 2))) {
        const doc = this.issue(dept.issuer, r.chance(0.6) ? 'KH' : 'CV', clamp(parent.day + r.lagDays(5, 90)), root.topic, this.localTitle(root.topic, where));
        const chain = r.chance(0.4) ? { doc: parent, target: tu } : null;
        yield { genre: 'document', held: held(), plan: { self: doc, implements: parent, chain, basis: [], spirit: r.chance(0.4) ? [root] : [], history: null } };
      }
    }
    for (const org of r.sample(issuers.massOrganisations, r.int(0, 2))) {
      const doc = this.issue(org, r.chance(0.5) ? 'CV' : 'KH', clamp(tu.day + r.lagDays(7, 90)), root.topic, this.localTitle(root.topic, where));
      const chain = r.chance(0.4) ? { doc: tu, target: root } : null;
      yield { genre: 'document', held: held(), plan: { self: doc, implements: tu, chain, basis: [], spirit: chain ? [] : this.spiritOf(root, recent), history: null } };
    }
    yield* this.below(locality, root, tu, plan, clamp);
    recent.push(tu);
    if (plan) recent.push(plan);
    this.recent.set(locality, recent.slice(-8));
  }

  /** A Prime Minister's decision or directive carried down by the State side alone. */
  private *stateProvince(root: DocSpec, locality: Locality, d1: Day): Generator<PlannedText> {
    const r = this.random;
    const issuers = this.issuersOf(locality);
    const where = provincePhrase(locality.province);
    const clamp = (day: Day): Day => (locality.merged ? Math.max(MERGER_DAY, Math.min(day, CORPUS_END)) : Math.min(day, MERGER_DAY - 1));
    const plan = this.issue(issuers.peoplesCommittee, 'KH', clamp(d1), root.topic, this.localTitle(root.topic, where));
    const laws = LAWS.filter((law) => law.day < plan.day - 180);
    yield { genre: 'document', held: r.chance(0.92), plan: { self: plan, implements: root, chain: null, basis: r.sample(laws, r.int(0, 1)), spirit: [], history: null } };
    const open = issuers.departments.filter((d) => plan.day >= d.from && plan.day <= d.to);
    for (const dept of r.sample(open, r.int(1, 3))) {
      const doc = this.issue(dept.issuer, r.chance(0.6) ? 'KH' : 'CV', clamp(plan.day + r.lagDays(5, 90)), root.topic, this.localTitle(root.topic, where));
      const chain = r.chance(0.4) ? { doc: plan, target: root } : null;
      yield { genre: 'document', held: r.chance(0.92), plan: { self: doc, implements: plan, chain, basis: [], spirit: [], history: null } };
    }
    if (!locality.merged) {
      for (const district of r.sample(locality.districts, r.int(0, 2))) {
        const ubnd = localIssuers(locality, 'district', district.kind, district.name, null).peoplesCommittee;
        const doc = this.issue(ubnd, 'KH', clamp(plan.day + r.lagDays(7, 90)), root.topic, this.localTitle(root.topic, `${district.kind} ${district.name}`));
        yield { genre: 'document', held: r.chance(0.95), plan: { self: doc, implements: plan, chain: null, basis: [], spirit: [], history: null } };
      }
    }
  }

  /** One or two documents followed "in spirit": the root itself or the province's earlier ones. */
  private spiritOf(root: DocSpec, recent: DocSpec[]): DocSpec[] {
    const r = this.random;
    const older = this.catalogue.filter((d) => d.day < root.day - 60 && d.topic !== root.topic);
    const picks: DocSpec[] = [];
    if (recent.length > 0 && r.chance(0.4)) picks.push(r.pick(recent));
    if (older.length > 0 && r.chance(0.3)) picks.push(r.pick(older));
    return picks;
  }

  /** Districts (before the 2025 merger) and communes. */
  private *below(locality: Locality, root: DocSpec, tu: DocSpec, plan: DocSpec | null, clamp: (day: Day) => Day): Generator<PlannedText> {
    const r = this.random;
    const held = (): boolean => r.chance(0.95);
    const local = (parent: DocSpec, issuer: Issuer, type: TypeName, lagMax: number, where: string): DocSpec =>
      this.issue(issuer, type, clamp(parent.day + r.lagDays(7, lagMax)), root.topic, this.localTitle(root.topic, where));
    if (!locality.merged) {
      for (const district of r.sample(locality.districts, r.int(0, 3))) {
        const issuers = localIssuers(locality, 'district', district.kind, district.name, null);
        const where = `${district.kind} ${district.name}`;
        const huType = r.weighted([['KH', 6], [root.type.code === 'NQ' ? 'CTr' : 'CT', 2], ['CV', 2]] as const);
        const hu = local(tu, issuers.committee, huType, 90, where);
        const chain = r.chance(0.4) ? { doc: tu, target: root } : null;
        yield { genre: 'document', held: held(), plan: { self: hu, implements: tu, chain, basis: [], spirit: chain || r.chance(0.5) ? [] : [root], history: null } };
        if (plan && r.chance(0.6)) {
          const ubnd = local(plan, issuers.peoplesCommittee, r.weighted([['KH', 5], ['QD', 2], ['CV', 3]] as const), 90, where);
          yield { genre: 'document', held: held(), plan: { self: ubnd, implements: plan, chain: null, basis: [], spirit: [], history: null } };
        }
        for (const commune of r.sample(district.communes, r.int(0, 2))) {
          const du = local(hu, localIssuers(locality, 'commune', 'xã', commune, where).committee, r.weighted([['KH', 3], ['NQ', 1], ['CV', 1]] as const), 60, `xã ${commune}`);
          const chain = r.chance(0.3) ? { doc: hu, target: tu } : null;
          yield { genre: 'document', held: held(), plan: { self: du, implements: hu, chain, basis: [], spirit: [], history: null } };
        }
      }
    } else {
      for (const commune of r.sample(locality.communes, r.int(0, 3))) {
        const kind = r.chance(0.7) ? 'xã' : 'phường';
        const issuers = localIssuers(locality, 'commune', kind, commune, null);
        const du = local(tu, issuers.committee, r.weighted([['KH', 3], ['NQ', 1], ['CV', 1]] as const), 60, `${kind} ${commune}`);
        const chain = r.chance(0.4) ? { doc: tu, target: root } : null;
        yield { genre: 'document', held: held(), plan: { self: du, implements: tu, chain, basis: [], spirit: [], history: null } };
        if (plan && r.chance(0.5)) {
          const ubnd = local(plan, issuers.peoplesCommittee, r.weighted([['KH', 3], ['QD', 1], ['CV', 2]] as const), 60, `${kind} ${commune}`);
          yield { genre: 'document', held: held(), plan: { self: ubnd, implements: plan, chain: null, basis: [], spirit: [], history: null } };
        }
      }
    }
  }
}

export { centralDocument };
