import Database from "better-sqlite3";
const db = new Database(":memory:");
db.exec("create table b(id integer primary key autoincrement, year int, code text, f text, rank int, score real, prov text, src text, run int); create unique index bk on b(year,code,f)");
db.exec("create table m(code text primary key); create table r(id integer primary key autoincrement)");
db.exec("insert into r default values");
db.exec("create table d(id integer primary key, year int, code text references m(code), f text, rank int, score real, prov text, src text, run int references r(id)); create unique index dk on d(year,code,f)");
function time(label:string, n:number, f:()=>void){ for(let i=0;i<3;i++) f(); const t=performance.now(); for(let i=0;i<n;i++) f(); console.log(label, ((performance.now()-t)/n).toFixed(3),"ms"); }
const rows:[number,string][]=[]; for(let y=0;y<26;y++) for(let m=0;m<290;m++) rows.push([2000+y, String(1000+m)]);
const mi = db.prepare("insert into m values (?)"); for (let m=0;m<290;m++) mi.run(String(1000+m));
for (const t of ["b","d","d"]) {
 if (t==="d") db.pragma("foreign_keys=ON");
 const ins = db.prepare(`insert into ${t}(year,code,f,rank,score,prov,src,run) values (?,?,?,?,?,?,?,?)`);
 const del = db.prepare(`delete from ${t}`);
 time(t, 10, ()=>db.transaction(()=>{ del.run(); for (const [y,c] of rows){ ins.run(y,c,"total",1,null,"imported","Syntetisk",1); ins.run(y,c,"sammanfattande-omdome",null,3.5,"imported","Syntetisk",1);} })());
 time(t+" no delete (fresh each: insert then delete outside timing)", 10, ()=>{ db.transaction(()=>{ for (const [y,c] of rows){ ins.run(y,c,"total",1,null,"imported","Syntetisk",1); ins.run(y,c,"sammanfattande-omdome",null,3.5,"imported","Syntetisk",1);} })(); del.run(); });
}
