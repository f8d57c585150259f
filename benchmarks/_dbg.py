import sys
from benchmarks.places import read_corpus
from benchmarks.common import article_from_text
from generator.pipeline import Pipeline
from generator.analysis import Analysis
from generator.layout import blocks
from generator.nlp import analyse
from generator import places as P
p=Pipeline(); corpus=read_corpus()
for n in map(int, sys.argv[1:]):
    text,gold=corpus[n]
    a=article_from_text(text,'x',None); lay=blocks(text); an=Analysis(a,lay,analyse(p.nlp,text,lay))
    print('== article', n, text[:100].replace('\n',' '))
    for pl in P.extract_places(an,p.gazetteer): print('  P', pl.kind, pl.name, pl.country, pl.lat, pl.lon, pl.located_in, len(pl.mentions))
    for g in gold: print('  G', g.type, g.modifier, g.text, g.lat, g.lon)
