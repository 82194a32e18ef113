"""Draws the sixty-sixth session's SP101 sample of the sets (SP101-sets-s66.tsv): 80 of the de-duplicated findings of
eval/sp101_sets.py's JSON, seed 20261266-SP101-sets. Usage: python3 draw_sp101_sets_sample.py sets_before.json > sample80.tsv"""
import json, random, re, sys
d=json.load(open(sys.argv[1]))
seen=set(); rows=[]
for f in d:
    try: line=open(f['path'],encoding='utf-8',errors='replace').read().splitlines()[f['line']-1]
    except Exception: line=''
    key=(re.match(r'"([^"]+)"',f['message']).group(1), line.strip())
    if key in seen: continue
    seen.add(key); rows.append((f,line))
print(len(rows), 'deduplicated', file=sys.stderr)
rng=random.Random('20261266-SP101-sets')
sample=sorted(rng.sample(range(len(rows)), 80))
for k,i in enumerate(sample):
    f,line=rows[i]; w=re.match(r'"([^"]+)"',f['message']).group(1)
    c=f['col']-1
    ctx=line[max(0,c-110):c+len(w)+90].replace('\t',' ')
    sugg=re.search(r'did you mean (.*)\?',f['message']); 
    print(f"{k}\t{f['set']}\t{f['path'].replace('/work/data/','')}:{f['line']}:{f['col']}\t{w}\t{sugg.group(1) if sugg else ''}\t{ctx}")
