import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { openDatabase } from "../db/client.ts";
for (const path of ["file", ":memory:"]) {
const dir = mkdtempSync(join(tmpdir(), "perf-"));
const h = openDatabase(path === "file" ? join(dir, "t.db") : path);
const munis = readFileSync("fixtures/municipalities/municipalities.csv","utf8").split("\n").slice(1).filter(Boolean).map(l=>l.split(";"));
const ins = h.sqlite.prepare("insert into municipality(code,name,county_code,county_name) values (?,?,?,?)");
for (const m of munis) ins.run(m[0],m[1],m[2],m[3]);
h.sqlite.prepare("insert into import_run(source,file_name,sha256,rows,provenance,started_at,status) values ('sn-ranking','x','y',0,'imported','t','ok')").run();
function time(label:string, n:number, f:()=>void){ for(let i=0;i<3;i++) f(); const t=performance.now(); for(let i=0;i<n;i++) f(); console.log(path, label, ((performance.now()-t)/n).toFixed(3),"ms"); }
const n=10;
const rows:{year:number,code:string,rank:number,score:number}[]=[]; for(let y=0;y<26;y++){let r=1; for(const m of munis) rows.push({year:2000+y,code:m[0]!,rank:r++,score:3.5});}
const del = h.sqlite.prepare("delete from sn_result where year >= 2000");
const plain = h.sqlite.prepare("insert into sn_result(year,municipality_code,factor_id,rank,score,provenance,source,import_run_id) values (?,?,?,?,?,?,?,?)");
time("plain 15k", n, ()=>h.sqlite.transaction(()=>{ del.run(); for(const r of rows){ plain.run(r.year,r.code,"total",r.rank,null,"imported","Syntetisk",1); plain.run(r.year,r.code,"sammanfattande-omdome",null,r.score,"imported","Syntetisk",1);} })());
const CH=50;
const multi = h.sqlite.prepare("insert into sn_result(year,municipality_code,factor_id,rank,score,provenance,source,import_run_id) values " + Array(CH).fill("(?,?,?,?,?,?,?,?)").join(","));
time("multi50 15k", n, ()=>h.sqlite.transaction(()=>{ del.run(); const flat:unknown[]=[]; for(const r of rows){ flat.push(r.year,r.code,"total",r.rank,null,"imported","Syntetisk",1, r.year,r.code,"sammanfattande-omdome",null,r.score,"imported","Syntetisk",1); if(flat.length===CH*8){multi.run(flat); flat.length=0;} } for(let i=0;i<flat.length;i+=8) plain.run(flat.slice(i,i+8)); })());
const noop = h.sqlite.prepare("select ?+?");
time("15k noop run", n, ()=>{ for(let i=0;i<15080;i++) noop.get(i,1); });
const tmp = h.sqlite.prepare("insert into import_run(source,file_name,sha256,rows,provenance,started_at,status) values ('sn-ranking','x','y',0,'imported','t','ok')");
time("txn empty", 50, ()=>h.sqlite.transaction(()=>{ del.run(); })());
time("delete 15k", 5, ()=>{ h.sqlite.transaction(()=>{ for(const r of rows){ plain.run(r.year,r.code,"total",r.rank,null,"imported","Syntetisk",1); plain.run(r.year,r.code,"sammanfattande-omdome",null,r.score,"imported","Syntetisk",1);} })(); const t=performance.now(); h.sqlite.transaction(()=>del.run())(); console.log("  del only", (performance.now()-t).toFixed(2)); });
}
