const ts=require('typescript');const {minify}=require('terser');const fs=require('fs');const cp=require('child_process');
async function size(src){const out=ts.transpileModule(src,{compilerOptions:{module:ts.ModuleKind.ESNext,target:ts.ScriptTarget.ES2020}}).outputText;const m=await minify(out,{module:true,compress:true,mangle:true});return m.code.length;}
(async()=>{for(const a of process.argv.slice(2)){const src=a.includes(':')?cp.execSync('git show '+a).toString():fs.readFileSync(a,'utf8');console.log(await size(src),a)}})();
