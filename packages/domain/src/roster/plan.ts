import type { PersonFacts } from '../person/person.js';
import type { RosterRow, RowProblem } from './parseRow.js';
import type { DuesBaseCells } from '../dues/baseCells.js';

export interface ExistingPerson {
  id: string;
  facts: PersonFacts;
  branchId: string | null;
  groupId: string | null;
}
export interface TreeIndex {
  branches: { id: string; fullName: string; shortName: string }[];
  groups: { id: string; branchId: string; name: string }[];
}
export interface PlanOptions {
  /** create branches and groups the file names but the organ lacks (the web asks; the CLI takes --create-missing) */
  createMissing: boolean;
  /** date from which changed memberships take effect */
  effectiveOn: string;
}

/** A branch or group is named either by its id (known) or by the new name to create. */
export type BranchRef = { id: string } | { newName: string };
export type GroupRef = { id: string } | { newName: string; branch: BranchRef } | null;

export interface RosterPlan {
  problems: RowProblem[];
  newBranches: string[];
  newGroups: { branch: string; group: string }[];
  creates: { row: number; facts: PersonFacts; branch: BranchRef; group: GroupRef }[];
  updates: { row: number; personId: string; before: PersonFacts; after: PersonFacts; changed: (keyof PersonFacts)[] }[];
  moves: { row: number; personId: string; fromBranchId: string | null; fromGroupId: string | null; branch: BranchRef; group: GroupRef }[];
  unchanged: number;
  /** the rows that fill the 党费 columns: the person's base from January of the effective year (issue 6 §5) */
  dues: { row: number; idNumber: string; base: DuesBaseCells }[];
}

const FACT_KEYS: (keyof PersonFacts)[] = ['name', 'gender', 'ethnicity', 'birthDate', 'idNumber', 'education', 'category', 'joinedOn', 'confirmedOn', 'jobPost', 'phone'];

const sameRef = (a: BranchRef | GroupRef, id: string | null) => (a === null ? id === null : 'id' in a && a.id === id);

/**
 * Decides what an import would do, without doing it: people are matched by ID number, so importing the same file
 * twice changes nothing; unknown branches and groups are problems unless creating them was confirmed.
 */
export function planRosterImport(rows: RosterRow[], existing: ExistingPerson[], tree: TreeIndex, opts: PlanOptions, headers: { branch: string; group: string }): RosterPlan {
  const plan: RosterPlan = { problems: [], newBranches: [], newGroups: [], creates: [], updates: [], moves: [], unchanged: 0, dues: [] };
  const byIdNumber = new Map(existing.map((p) => [p.facts.idNumber, p]));
  const newBranches = new Set<string>();
  const newGroups = new Map<string, { branch: string; group: string }>();

  const resolveBranch = (name: string, row: number): BranchRef | null => {
    const b = tree.branches.find((x) => x.fullName === name || x.shortName === name);
    if (b) return { id: b.id };
    // Listed either way, so that the page can ask "create these?" beside the rows that name them.
    newBranches.add(name);
    if (!opts.createMissing) {
      plan.problems.push({ row, column: headers.branch, message: `党支部「${name}」不存在；如需新建，请在网页上确认或在命令行加 --create-missing` });
      return null;
    }
    return { newName: name };
  };
  const resolveGroup = (name: string | null, branch: BranchRef, branchName: string, row: number): GroupRef | undefined => {
    if (!name) return null;
    if ('id' in branch) {
      const g = tree.groups.find((x) => x.branchId === branch.id && x.name === name);
      if (g) return { id: g.id };
    }
    newGroups.set(`${branchName}\u0000${name}`, { branch: branchName, group: name });
    if (!opts.createMissing) {
      plan.problems.push({ row, column: headers.group, message: `党小组「${name}」不在「${branchName}」中；如需新建，请在网页上确认或在命令行加 --create-missing` });
      return undefined;
    }
    return { newName: name, branch };
  };

  for (const r of rows) {
    const branch = resolveBranch(r.branch, r.row);
    if (!branch) continue;
    const group = resolveGroup(r.group, branch, r.branch, r.row);
    if (group === undefined) continue;
    if (r.dues) plan.dues.push({ row: r.row, idNumber: r.facts.idNumber, base: r.dues });
    const known = byIdNumber.get(r.facts.idNumber);
    if (!known) {
      plan.creates.push({ row: r.row, facts: r.facts, branch, group });
      continue;
    }
    const changed = FACT_KEYS.filter((k) => (known.facts[k] ?? null) !== (r.facts[k] ?? null));
    if (changed.length) plan.updates.push({ row: r.row, personId: known.id, before: known.facts, after: r.facts, changed });
    const moved = !sameRef(branch, known.branchId) || !sameRef(group, known.groupId);
    if (moved) plan.moves.push({ row: r.row, personId: known.id, fromBranchId: known.branchId, fromGroupId: known.groupId, branch, group });
    if (!changed.length && !moved) plan.unchanged++;
  }
  plan.newBranches = [...newBranches].sort();
  plan.newGroups = [...newGroups.values()];
  plan.problems.sort((a, b) => a.row - b.row);
  return plan;
}
