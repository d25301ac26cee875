/** The plan as data, in the shape plan.schema.json guarantees once validation has passed. */

export type Bound = '>=' | '>' | '=' | '<=' | '<' | '~';

export interface Target {
  metric: string;
  bound: Bound;
  value: number;
  unit: 'percent' | 'count';
  baseline_year?: number;
  text?: string;
  printed_at?: string;
  task?: string;
}

export interface Task {
  id: string;
  numbered?: boolean;
  section?: string;
  content: string;
  lead?: string[];
  partners?: string[];
  deadline?: string | null;
  product?: string | null;
  targets?: Target[];
  implements?: string[];
  note?: string;
}

export type Unit = string | { name: string; short?: string; aliases?: string[] };
export type Paragraph = string | { heading?: string; text: string };

export interface PlanIdentity {
  kind: 'kstthc' | 'cchc';
  year: number;
  title: string;
  titles?: { decision?: string; plan?: string; appendix?: string; article1?: string };
  issuer: { name: string; level: 'commune' | 'district' | 'province' | 'ministry'; type?: string; locality: string; province?: string };
  document: {
    form: string;
    number: string | number | null;
    date: string | null;
    date_text?: string;
    place?: string;
    pending?: boolean;
    signer?: { name?: string | null; capacity: string; title: string };
  };
  parent?: { ref: string; date: string; issuer?: string; ruleset?: string };
  legal_basis?: string[];
}

export interface PlanData {
  plan: PlanIdentity;
  units?: Unit[];
  external_units?: Unit[];
  decision?: { title?: string; proposer?: string; articles?: { number: number; title?: string; text: string; clauses?: string[] }[] };
  objectives?: Paragraph[];
  body?: Paragraph[];
  targets?: Target[];
  sections?: { id: string; title: string }[];
  tasks: Task[];
  distribution?: string[];
  notes?: string[];
}
