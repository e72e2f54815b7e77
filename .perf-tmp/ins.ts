import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { openDatabase } from "/work/main/db/client.ts";
import { readDelimited } from "/work/main/importers/text/readDelimited.ts";
import { readFileSync } from "node:fs";
const dir = mkdtempSync(join(tmpdir(), "perf-"));
const h = openDatabase(join(dir, "t.db"));
const munis = readFileSync("/work/main/fixtures/municipalities/municipalities.csv","utf8").split("\n").slice(1).filter(Boolean).map(l=>l.split(";"));
const ins = h.sqlite.prepare("insert into municipality(code,name,county_code,county_name) values (?,?,?,?)");
for (const m of munis) ins.run(m[0],m[1],m[2],m[3]);
h.sqlite.prepare("insert into import_run(source,file_name,sha256,rows,provenance,started_at,status) values ('sn-ranking','x','y',0,'imported','t','ok')").run();
function makeText(years:number){ let s="År;Kommunkod;Kommun;Placering;Sammanfattande omdöme;Källa\n"; for(let y=0;y<years;y++){let r=1; for(const m of munis){ s+=`${2000+y};${m[0]};${m[1]};${r++};3,${r%10};Syntetisk\n`;}} return s;}
function time(label:string, n:number, f:()=>void){ for(let i=0;i<3;i++) f(); const t=performance.now(); for(let i=0;i<n;i++) f(); console.log(label, ((performance.now()-t)/n).toFixed(3),"ms"); }
for (const years of [1, 26]) {
  const text = makeText(years);
  const n = years===1?200:20;
  time(`papa ${years}`, n, ()=>Papa.parse(text));
  time(`papa header ${years}`, n, ()=>Papa.parse(text,{header:true}));
  time(`readDelimited ${years}`, n, ()=>readDelimited(text));
  const rows = Papa.parse<string[]>(text).data.slice(1).filter(r=>r.length>3).map(r=>({year:Number(r[0]),code:r[1]!,rank:Number(r[3]),score:3.5}));
  const st = h.sqlite.prepare("insert into sn_result(year,municipality_code,factor_id,rank,score,provenance,source,import_run_id) values (?,?,?,?,?,?,?,?) on conflict(year,municipality_code,factor_id) do update set rank=excluded.rank, score=excluded.score, provenance=excluded.provenance, source=excluded.source, import_run_id=excluded.import_run_id");
  const del = h.sqlite.prepare("delete from sn_result where year >= 2000");
  time(`insert rows x2 ${years}`, n, ()=>h.sqlite.transaction(()=>{ del.run(); for(const r of rows){ st.run(r.year,r.code,"total",r.rank,null,"imported","Syntetisk",1); st.run(r.year,r.code,"sammanfattande-omdome",null,r.score,"imported","Syntetisk",1);} })());
  const js = h.sqlite.prepare(`insert into sn_result(year,municipality_code,factor_id,rank,score,provenance,source,import_run_id) select value->>0, value->>1, value->>2, value->>3, value->>4, 'imported', value->>5, 1 from json_each(?) where true on conflict(year,municipality_code,factor_id) do update set rank=excluded.rank, score=excluded.score, provenance=excluded.provenance, source=excluded.source, import_run_id=excluded.import_run_id`);
  time(`json_each x2 ${years}`, n, ()=>h.sqlite.transaction(()=>{ del.run(); const arr:unknown[]=[]; for(const r of rows){ arr.push([r.year,r.code,"total",r.rank,null,"Syntetisk"],[r.year,r.code,"sammanfattande-omdome",null,r.score,"Syntetisk"]);} js.run(JSON.stringify(arr)); })());
}
