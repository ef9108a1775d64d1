#!/usr/bin/env python3
"""Reads the raw outputs of one bench/run.sh run (results/<date>/) and writes summary.md there; with update=1 also
replaces the block between the RESULTS markers of bench/README.md. Usage: summarize.py OUT README update KNOBS"""
import glob, html, os, re, sys

out, readme, update, knobs = sys.argv[1], sys.argv[2], sys.argv[3] == '1', sys.argv[4]
read = lambda name: open(os.path.join(out, name)).read() if os.path.exists(os.path.join(out, name)) else ''
machine = dict(l.split('=', 1) for l in read('machine.txt').splitlines() if '=' in l)

def wrk(name):
    t = read(f'wrk-{name}.txt')
    rps = re.search(r'Requests/sec:\s+([\d.]+)', t)
    lat = dict(re.findall(r'^\s+(50|90|99)%\s+(\S+)', t, re.M))
    non2xx = re.search(r'Non-2xx or 3xx responses: (\d+)', t)
    errors = re.search(r'Socket errors: (.*)', t)
    return {'rps': float(rps.group(1)) if rps else None, 'lat': lat,
            'bad': (int(non2xx.group(1)) if non2xx else 0), 'errors': errors.group(1) if errors else ''}

def gatling(name, request):
    """Stats of one request name from the Gatling HTML report (and the error list from the console)."""
    report = os.path.join(out, f'gatling-{name}')
    files = [f for f in glob.glob(os.path.join(report, 'req_*.html'))]
    wanted = None
    for f in files:
        title = re.search(r'<div class="subtitle">\s*(.*?)\s*</div>|<title>(.*?)</title>', open(f).read(), re.S)
        base = os.path.basename(f)
        slug = re.sub(r'[^a-z0-9]+', '-', request.lower()).strip('-')
        if re.fullmatch(r'req_' + re.escape(slug) + r'-+\d+\.html', base):
            wanted = f
    if not wanted:
        return None
    page = open(wanted).read()
    rows = {}
    for title, total, ok, ko in re.findall(r'<td class="title">(.*?)</td>\s*<td class="total">(.*?)</td>\s*'
                                           r'<td class="ok">(.*?)</td>\s*<td class="ko">(.*?)</td>', page, re.S):
        rows[re.sub(r'<.*?>', '', title).strip()] = (total.strip(), ok.strip(), ko.strip())
    console = read(f'gatling-{name}.txt')
    errs = console.rsplit('---- Errors ----', 1)
    errors = []
    if len(errs) == 2 and 'Global Information' in console:
        for line in errs[1].splitlines()[1:]:
            if line.startswith('===') or not line.strip():
                break
            errors.append(re.sub(r'\s{2,}', ' ', html.unescape(line.lstrip('> ').strip())))
    return {'rows': rows, 'errors': errors}

def num(x):
    try:
        return float(str(x).replace(',', ''))
    except ValueError:
        return None

def ms(x):
    x = x or ''
    if x.endswith('ms'): return float(x[:-2])
    if x.endswith('us'): return float(x[:-2]) / 1000
    if x.endswith('s'): return float(x[:-1]) * 1000
    return None

knob = dict(k.split('=') for k in knobs.split())
direct, nginx, gw = wrk('direct'), wrk('nginx'), wrk('gateway')
tps = re.search(r'tps = ([\d.]+)', read('pgbench.txt'))
pg = float(tps.group(1)) if tps else None
b = gatling('b-throughput', 'pay')
c = gatling('c-latency', 'pay')
cpu = read('cpu.txt').strip()
db = read('payments-in-db.txt').strip()

def fmt(v, digits=0):
    return '-' if v is None else f'{v:,.{digits}f}'

def verdict(ok):
    return 'n/a' if ok is None else ('**met**' if ok else '**missed**')

lines = []
lines.append(f"Run of {machine.get('date_utc', '?')} on {machine.get('nproc', '?')} cores "
             f"({machine.get('cpu_model', '?')}), {machine.get('ram', '?')} RAM, kernel {machine.get('kernel', '?')}; "
             f"{machine.get('jdk', '?')}; PostgreSQL {machine.get('postgresql', '?')} ({machine.get('pg_settings', '')}); "
             f"{machine.get('wrk', '?')}; {machine.get('nginx', '?')}. Raw outputs: `bench/results/{os.path.basename(out)}/`.")
lines.append('')
lines.append('| | measurement | result | baseline (same run) | ratio | target | |')
lines.append('|---|---|---|---|---|---|---|')
r_gn = gw['rps'] / nginx['rps'] if gw['rps'] and nginx['rps'] else None
r_gd = gw['rps'] / direct['rps'] if gw['rps'] and direct['rps'] else None
r_nd = nginx['rps'] / direct['rps'] if nginx['rps'] and direct['rps'] else None
lines.append(f"| a | wrk, upstream directly | {fmt(direct['rps'])} req/s (p50 {direct['lat'].get('50','-')}, p99 {direct['lat'].get('99','-')}) | | | | |")
lines.append(f"| a | wrk, through nginx | {fmt(nginx['rps'])} req/s (p50 {nginx['lat'].get('50','-')}, p99 {nginx['lat'].get('99','-')}) | direct | {fmt(r_nd, 2)} | | |")
lines.append(f"| a | wrk, through the gateway | {fmt(gw['rps'])} req/s (p50 {gw['lat'].get('50','-')}, p99 {gw['lat'].get('99','-')}){', non-2xx ' + str(gw['bad']) if gw['bad'] else ''} | nginx | **{fmt(r_gn, 2)}** (x direct: {fmt(r_gd, 2)}) | >= 0.35 x nginx | {verdict(None if r_gn is None else r_gn >= 0.35)} |")
lines.append(f"| d | pgbench, 1 single-row insert per transaction, {knob['PAY_USERS']} clients | {fmt(pg)} tps | | | (the ceiling) | |")
def closed_run(run):
    """OK count, KO count and a latency note of a closed-model run (gatling(...), not None)."""
    t = run['rows'].get('Total count', ('0', '0', '0'))
    pick = lambda k: run['rows'].get(k, ('-',) * 3)[1]
    return num(t[1]) or 0, num(t[2]) or 0, f" (p50 {pick('50th percentile')} ms, p99 {pick('99th percentile')} ms)"

b_ok = b_ko = b_rate = None
b_lat = ''
if b:
    b_ok, b_ko, b_lat = closed_run(b)
    b_rate = b_ok / float(knob['PAY_DURATION'])
r_b = b_rate / pg if b_rate and pg else None
lines.append(f"| b | signed payments, {knob['PAY_USERS']} users back to back, {knob['PAY_DURATION']} s | {fmt(b_rate)} payments/s OK{b_lat}; {fmt(b_ko)} KO | (d) | **{fmt(r_b, 3)}** (1/{fmt(1 / r_b if r_b else None, 1)}) | >= 1/12 of (d), >= 1,500/s, 0 KO | {verdict(None if r_b is None else r_b >= 1 / 12 and b_rate >= 1500 and b_ko == 0)} |")
cores = dict(re.findall(r'(\w+)=([\d.]+)', next((l for l in cpu.splitlines() if l.startswith('b-throughput:')), '')))
if b_rate and cores:
    per = {part: float(cores.get(part, 0)) * 1000 / b_rate for part in ('gateway_jvm', 'postgres', 'core_simulator')}
    total = sum(per.values())
    lines.append(f"| b | CPU per payment during (b) (cores used / payments per second) | **{total:.2f} ms**: gateway "
                 f"{per['gateway_jvm']:.2f}, PostgreSQL {per['postgres']:.2f}, simulator {per['core_simulator']:.2f} | | | "
                 f"<= 1.2 ms (gateway <= 0.6, PostgreSQL <= 0.4) | "
                 f"{verdict(total <= 1.2 and per['gateway_jvm'] <= 0.6 and per['postgres'] <= 0.4)} |")
b1 = gatling('b-one-core', 'pay')
if b1:
    b1_ok, b1_ko, b1_lat = closed_run(b1)
    b1_rate = b1_ok / float(knob['PAY_DURATION'])
    lines.append(f"| b1 | the same with the gateway, PostgreSQL and the simulator held to one core (Gatling on another) | "
                 f"{fmt(b1_rate)} payments/s OK{b1_lat}; {fmt(b1_ko)} KO | (b) | (b) = **{fmt(b_rate / b1_rate if b_rate and b1_rate else None, 2)}** x (b1) | (how (b) scales with cores) | |")
cs = gatling('c-sustained', 'pay')
if cs:
    rows = cs['rows']
    t = rows.get('Total count', ('0', '0', '0'))
    s_total, s_ok, s_ko = (num(x) or 0 for x in t)
    pick = lambda k, i=0: rows.get(k, ('-', '-', '-'))[i]
    rate = read('sustained-rate.txt').strip()
    lines.append(f"| c' | payments arriving at {rate}/s ({knob['OPEN_SUSTAINED_PERCENT']}% of (b)), {knob['OPEN_SUSTAINED_DURATION']} s | "
                 f"p50 {pick('50th percentile')} ms, p90 {pick('90th percentile')} ms, **p99 {pick('99th percentile')} ms**, max {pick('Max')} ms; "
                 f"{fmt(s_ok)} OK, {fmt(s_ko)} KO | | | (for reading (c)) | |")
c_p99 = None
if c:
    rows = c['rows']
    t = rows.get('Total count', ('0', '0', '0'))
    c_total, c_ok, c_ko = (num(x) or 0 for x in t)
    pick = lambda k, i=0: rows.get(k, ('-', '-', '-'))[i]
    c_p99 = num(pick('99th percentile'))
    lines.append(f"| c | payments arriving at {knob['OPEN_RATE']}/s (open model), {knob['OPEN_DURATION']} s after {knob['OPEN_WARMUP']} s warm-up | "
                 f"all answers: p50 {pick('50th percentile')} ms, p90 {pick('90th percentile')} ms, **p99 {pick('99th percentile')} ms**, max {pick('Max')} ms; "
                 f"{fmt(c_ok)} OK, {fmt(c_ko)} KO of {fmt(c_total)} ({fmt(c_ok / float(knob['OPEN_DURATION']))} OK/s) | | | p99 <= 50 ms | "
                 f"{verdict(None if c_p99 is None else (c_p99 <= 50 and c_ko == 0))} |")
else:
    lines.append('| c | payments at a fixed rate | no report | | | p99 <= 50 ms | n/a |')
wal = dict(re.findall(r'(\w+)=(\d+)', read('wal.txt')))
if wal and int(wal.get('payments', 0)):
    paid = int(wal['payments'])
    lines.append(f"| b | PostgreSQL's writes during (b), per payment (pg_stat_wal, commits of the whole server) | "
                 f"{int(wal['wal_records']) / paid:.1f} WAL records, {int(wal['wal_bytes']) / paid:,.0f} WAL bytes, "
                 f"{int(wal['commits']) / paid:.2f} commits | | | (fewer is cheaper) | |")
batch = dict(re.findall(r'(\w+)=(\S+)', read('batch.txt')))
e_seconds = num(batch.get('elapsed_seconds', ''))
lines.append(f"| e | a village batch of {batch.get('rows', '1000')} enrollments, POST to {batch.get('status', '?')} | "
             f"**{fmt(e_seconds, 2)} s** (rows {batch.get('counts', '-')}) | | | <= 3 s | "
             f"{verdict(None if e_seconds is None else e_seconds <= 3 and batch.get('status') == 'COMPLETED')} |")
warm = dict(re.findall(r'(\w+)=(\d+)', read('warmup.txt')))
f_rate = num(warm['posted_20s_to_80s']) / 60 if 'posted_20s_to_80s' in warm else None
r_f = f_rate / b_rate if f_rate and b_rate else None
jit = num(warm['jit_ms_20s_to_80s']) / 1000 if 'jit_ms_20s_to_80s' in warm else None
jit_share = f"; its JIT compiler threads meanwhile {jit / 60:.2f} core ({jit:.0f} s of CPU)" if jit else ''
lines.append(f"| f | a new instance, 20-80 s after its first payment (posted rows counted in PostgreSQL) | "
             f"{fmt(f_rate)} payments/s{jit_share} | (b) | **{fmt(r_f, 2)}** | >= 0.9 | {verdict(None if r_f is None else r_f >= 0.9)} |")
scale = dict(re.findall(r'(\w+)=(\d+)', read('scale-out.txt')))
if scale:
    total = int(scale['posted_in_window']) / int(scale['window_seconds'])
    per_instance = total / int(scale['instances'])
    parts = {}
    for which in ('first', 'second'):
        line = next((l for l in cpu.splitlines() if l.startswith(f'g-scale-out-{which}:')), '')
        parts[which] = dict(re.findall(r'(\w+)=([\d.]+)', line))
    gw_ms = [float(parts[w].get('gateway_jvm', 0)) * 1000 / per_instance for w in ('first', 'second')] if per_instance else [0, 0]
    pg_ms = float(parts['first'].get('postgres', 0)) * 1000 / total if total else 0
    lines.append(f"| g | two instances on one PostgreSQL, each held to a core of its own, {int(knob['PAY_USERS']) // 2} users each | "
                 f"{total:,.0f} payments/s in all, **{per_instance:,.0f} per instance**; CPU per payment: instances "
                 f"{gw_ms[0]:.2f} / {gw_ms[1]:.2f} ms, PostgreSQL {pg_ms:.2f} ms | (b) | {fmt(total / b_rate if b_rate else None, 2)} x (b) | (scale-out, measured) | |")
lines.append('')
if b and b['errors']:
    lines.append('(b) errors (whole run): ' + '; '.join(b['errors'][:6]))
    lines.append('')
if cs and cs['errors']:
    lines.append("(c') errors (whole run): " + '; '.join(cs['errors'][:6]))
    lines.append('')
if c and c['errors']:
    lines.append('(c) errors (whole run, warm-up included): ' + '; '.join(c['errors'][:6]))
    lines.append('')
lines.append('CPU, in cores of the machine, over a window inside each measurement (`cpu.txt`; "other_processes" is '
             'whatever else ran on the machine meanwhile):')
lines.append('')
lines.append('```')
lines.append(cpu)
lines.append('```')
lines.append('')
for name, what in (('passthrough', 'pass-through route under wrk'), ('payments', 'payments, 32 users')):
    prof = read(f'profile-{name}.txt').strip()
    if prof:
        lines.append(f'Gateway JVM profile, {what} (JFR during the warm-up, share of samples whose stack contains each '
                     f'component; `profile-{name}.txt`):')
        lines.append('')
        lines.append('```')
        lines.append(prof)
        lines.append('```')
        lines.append('')
ok_total = 0
for run in ('b-warmup', 'b-throughput', 'b-one-core', 'c-sustained', 'c-latency'):
    g = gatling(run, 'pay')
    ok_total += (num(g['rows'].get('Total count', ('0', '0', '0'))[1]) or 0) if g else 0
    w = gatling(run, 'pay (warm-up)')
    ok_total += (num(w['rows'].get('Total count', ('0', '0', '0'))[1]) or 0) if w else 0
check = dict(re.findall(r'(\w+)=(\d+)', read('db-check.txt')))
if check:
    clean = (int(check['posted']) >= ok_total and int(check['payment_claims']) >= int(check['posted'])
             and check['outbox_open'] == '0' and check['posted_without_done_outbox'] == '0')
    lines.append(f"Database check after the run: {read('db-check.txt').strip()}; OK answers of every Gatling run "
                 f"(warm-ups included): {ok_total:,.0f}. Every OK payment a POSTED row with its claim and its outbox "
                 f"row done: {verdict(clean)} (a payment the bench timed out on may still be posted: posted >= OK).")
    lines.append('')
lines.append('PostgreSQL afterwards (every payment of (b), (c) and their warm-ups):')
lines.append('')
lines.append('```')
lines.append(db)
lines.append('```')
lines.append('')
lines.append(f'Settings of this run: `{knobs}`.')
summary = '\n'.join(lines) + '\n'
open(os.path.join(out, 'summary.md'), 'w').write(summary)
print(summary)
if update and os.path.exists(readme):
    text = open(readme).read()
    begin, end = '<!-- RESULTS:BEGIN (written by bench/run.sh) -->', '<!-- RESULTS:END -->'
    if begin in text and end in text:
        text = text[:text.index(begin) + len(begin)] + '\n' + summary + text[text.index(end):]
        open(readme, 'w').write(text)
