#!/usr/bin/env python3
"""Prints bench_store's figures for SQLite and PostgreSQL side by side with the targets of issue 13.

Arguments: the runN.txt files bench/store.sh wrote (each beside its runN.json). Every figure is the median
over all runs (queries: over every repetition of every run)."""
import json
import re
import statistics
import sys

TARGETS = [  # (benchmark name after the backend, label, target in ms)
    ('Search/老旧小区改造', 'search 老旧小区改造 (6 chars): count + first page', 50),
    ('Search/财政资金支持', 'search 财政资金支持 (30% of tasks)', 50),
    ('Search/市审计局', 'search 市审计局 (a unit)', 50),
    ('Search/改造', 'search 改造 (2 chars)', 50),
    ('Search/推进', 'search 推进 (2 chars, 37% of tasks)', 50),
    ('Search/建', 'search 建 (1 char, 48% of tasks)', 50),
    ('OverdueCountAndFirstPage', 'overdue count + first page', 20),
    ('UnitSummaries', 'per-unit summaries (the day kept)', 50),
    ('UnitSummariesFirstAsk', 'per-unit summaries, first ask of a day', None),
    ('EditNoDayKept', 'a status edit, no day kept', None),
    ('EditWithDaysKept', 'a status edit, 8 days kept', None),
    ('WarningFigures', 'warning figures (header counts)', None),
    ('UnitFilterSortedPage', 'one unit, sorted by title, page 6', None),
    ('Open', 'open the database', None),
]


def median(xs):
    return statistics.median(xs) if xs else float('nan')


def main(paths):
    imports = {'sqlite': [], 'postgresql': []}
    loads = []
    every_row = []  # (ours, the shell's load of every row the import wrote), SQLite only
    times = {}
    for p in paths:
        text = open(p, encoding='utf-8').read()
        for backend in imports:
            m = re.search(backend + r': import \d+ tasks: (\d+) ms', text)
            key = 'sqlite3 .import' if backend == 'sqlite' else r'psql \\copy'
            b = re.search(key + r' of the same rows: bare table (\d+) ms, our schema \(.*?\) (\d+) ms', text)
            if m and b:
                imports[backend].append((int(m.group(1)), int(b.group(1)), int(b.group(2))))
        m = re.search(r'sqlite: import \d+ tasks: (\d+) ms', text)
        e = re.search(r'sqlite3 \.import of every row the import wrote \(.*?\): (\d+) ms', text)
        if m and e:
            every_row.append((int(m.group(1)), int(e.group(1))))
        loads += re.findall(r'Load Average: ([\d.]+), ([\d.]+), ([\d.]+)', text)
        try:
            data = json.load(open(p[:-4] + '.json', encoding='utf-8'))
        except (OSError, ValueError):
            continue
        for b in data.get('benchmarks', []):
            if b.get('run_type') != 'iteration':
                continue
            ms = b['real_time'] * {'ns': 1e-6, 'us': 1e-3, 'ms': 1, 's': 1e3}[b.get('time_unit', 'ns')]
            times.setdefault(b['run_name'], []).append(ms)

    print(f'{len(paths)} runs; load average (1, 5, 15 min) at each run: ' +
          '; '.join(', '.join(l) for l in loads) + ' — a 2-core machine shared with other builds')
    print(f'{"":52} {"SQLite":>10} {"PostgreSQL":>11} {"target":>8}')
    for name, label, target in TARGETS:
        s = median(times.get('sqlite/' + name, []))
        g = median(times.get('postgresql/' + name, []))
        t = f'< {target}' if target else ''
        flag = ''
        if target:
            flag = ' '.join(f'{b}:{"ok" if v < target else "MISS"}' for b, v in (('sq', s), ('pg', g)))
        print(f'{label:52} {s:8.1f}ms {g:9.1f}ms {t:>8}  {flag}')
    for backend, rows in imports.items():
        if not rows:
            continue
        ours = median([r[0] for r in rows])
        bare = median([r[1] for r in rows])
        schema = median([r[2] for r in rows])
        tool = 'sqlite3 .import' if backend == 'sqlite' else 'psql \\copy'
        print(f'{backend} import: ours {ours / 1000:.1f} s; {tool} {bare / 1000:.1f} s into a bare table, '
              f'{schema / 1000:.1f} s into our schema → {ours / bare:.1f}x bare, {ours / schema:.1f}x schema '
              f'(target < 3x)')
    if every_row:
        ours = median([r[0] for r in every_row])
        load = median([r[1] for r in every_row])
        print(f'sqlite import against sqlite3 .import of every row it writes (tasks, links, units, audit, '
              f'search documents): {load / 1000:.1f} s → {ours / load:.1f}x (target < 3x: '
              f'{"ok" if ours / load < 3 else "MISS"})')


if __name__ == '__main__':
    main(sys.argv[1:])
