#!/usr/bin/env python3
"""Five-fold cross-validation of the entity tagger over the corpus's train split.

Each fold trains a model on four fifths of corpus train (`sorot train`, any
extra arguments passed through) and annotates the fifth with it (`sorot
annotate --model`); the five annotated fifths are pooled and scored with
score.py against their gold. Every train article is scored once by a model
that never saw it: a larger and steadier held-out figure than corpus dev
(1,693 articles against 30), for choosing the tagger's settings. Dev and test
stay out of it.

    python3 scripts/tagger_cv.py [--bin target/release-native/sorot] [--folds 5] [-- TRAIN ARGS...]
    python3 scripts/tagger_cv.py -- --epochs 12        # the settings before

The folds are drawn by a seeded shuffle (`--seed`), so two runs with the same
corpus compare like with like. Prints score.py's report.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    argv = sys.argv[1:]
    extra = []
    if '--' in argv:
        i = argv.index('--')
        argv, extra = argv[:i], argv[i + 1:]
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--bin', default=os.path.join(ROOT, 'target/release-native/sorot'))
    ap.add_argument('--corpus', default=os.path.join(ROOT, 'corpus'))
    ap.add_argument('--folds', type=int, default=5)
    ap.add_argument('--seed', type=int, default=7)
    ap.add_argument('--keep', help='folder to keep the folds, models and pooled output in')
    args = ap.parse_args(argv)
    if not os.path.exists(args.bin):
        sys.exit(f'tagger_cv: no binary at {args.bin} (cargo build --profile release-native)')
    split = json.load(open(os.path.join(args.corpus, 'split.json')))
    records = {}
    with open(os.path.join(args.corpus, 'corpus.jsonl'), encoding='utf-8') as f:
        for line in f:
            records[json.loads(line)['id']] = line if line.endswith('\n') else line + '\n'
    train = sorted(split['train'])
    random.Random(args.seed).shuffle(train)
    work = args.keep or tempfile.mkdtemp(prefix='sorot-cv-')
    os.makedirs(work, exist_ok=True)

    def fold(k):
        held = sorted(train[k::args.folds])
        d = os.path.join(work, f'fold{k}')
        os.makedirs(d, exist_ok=True)
        s = dict(split, train=sorted(set(train) - set(held)), dev=held)
        json.dump(s, open(os.path.join(d, 'split.json'), 'w'))
        with open(os.path.join(d, 'corpus.jsonl'), 'w', encoding='utf-8') as f:
            f.writelines(records[i] for i in s['train'] + held)
        gold = ''.join(records[i] for i in held)
        open(os.path.join(d, 'gold.jsonl'), 'w', encoding='utf-8').write(gold)
        model = os.path.join(d, 'model.bin')
        subprocess.run([args.bin, 'train', '--corpus', d, '--out', model, *extra], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out = subprocess.run([args.bin, 'annotate', '--jsonl', '--model', model], input=gold, cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout
        print(f'tagger_cv: fold {k + 1}/{args.folds}: {len(held)} articles', file=sys.stderr)
        return gold, out

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(fold, range(args.folds)))
    gold_all, sys_all = os.path.join(work, 'gold.jsonl'), os.path.join(work, 'system.jsonl')
    open(gold_all, 'w', encoding='utf-8').write(''.join(g for g, _ in results))
    open(sys_all, 'w', encoding='utf-8').write(''.join(s for _, s in results))
    score = os.path.join(ROOT, '..', 'shared', 'eval', 'score.py')
    subprocess.run([sys.executable, score, gold_all, sys_all], check=True)
    if not args.keep:
        print(f'tagger_cv: folds in {work}', file=sys.stderr)


if __name__ == '__main__':
    main()
