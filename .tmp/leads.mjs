import {parse} from 'yaml'; import fs from 'fs';
for (const f of process.argv.slice(2)) { const d=parse(fs.readFileSync(f,'utf8'));
 for (const [i,t] of d.tasks.entries()) console.log(f.slice(6,14), i, t.id, JSON.stringify(t.lead)); }
