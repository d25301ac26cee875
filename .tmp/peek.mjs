import {parse} from 'yaml'; import fs from 'fs';
for (const f of process.argv.slice(2)) {
 const d=parse(fs.readFileSync(f,'utf8'));
 console.log('===',f,Object.keys(d));
 console.log('proposer',d.decision?.proposer);
 for (const a of d.decision?.articles??[]) console.log(' art',a.number,a.title,'|',a.text.slice(0,160),(a.clauses??[]).map(c=>c.slice(0,70)));
 const hc={}; for (const p of d.objectives??[]) {const h=typeof p==='string'?null:p.heading; hc[h]=(hc[h]??0)+1}; console.log('obj',hc);
 console.log('body',[...new Set((d.body??[]).map(p=>typeof p==='string'?null:p.heading))]);
 console.log('sections',(d.sections??[]).map(s=>s.id+' '+s.title.slice(0,50)));
 console.log('distribution',d.distribution);
 console.log('signer',JSON.stringify(d.plan.document.signer), JSON.stringify(d.plan.issuer));
 const dc={}; for(const t of d.tasks) dc[t.deadline]=(dc[t.deadline]??0)+1; console.log('deadlines',dc);
 console.log('targets',(d.targets??[]).map(t=>[t.metric,t.bound,t.value,t.task,t.printed_at].join(' ')));
 console.log('tasktargets',d.tasks.flatMap(x=>(x.targets??[]).map(t=>[x.id,t.metric,t.bound,t.value,JSON.stringify(x.lead)].join(' '))));
 console.log('notes',d.notes);
}
