#!/usr/bin/env python3
"""CPU accounting of bench/run.sh from /proc: `cpu.py snap FILE` stores every process's CPU time and the machine's;
`cpu.py report NAME BEFORE AFTER SECONDS GATEWAY_PID UPSTREAM_PID NGINX_PID LOADGEN_PID CORE_PID` prints cores used
by each part (gateway JVM, core simulator, upstream, nginx, postgres, load generator = the tree under LOADGEN_PID, and everything else on
the machine, e.g. other people's builds) over the window."""
import json, os, sys

HZ = os.sysconf('SC_CLK_TCK')

def procs():
    out = {}
    for pid in os.listdir('/proc'):
        if not pid.isdigit():
            continue
        try:
            with open(f'/proc/{pid}/stat') as f:
                raw = f.read()
            st = os.stat(f'/proc/{pid}')
        except OSError:
            continue
        comm = raw[raw.index('(') + 1:raw.rindex(')')]
        fields = raw[raw.rindex(')') + 2:].split()
        # fields[0] is state (stat field 3): utime = field 14, stime = field 15, cutime 16, cstime 17
        out[pid] = {'ppid': fields[1], 'comm': comm, 'uid': st.st_uid,
                    'cpu': int(fields[11]) + int(fields[12]), 'start': fields[19]}
    return out

def machine():
    with open('/proc/stat') as f:
        v = [int(x) for x in f.readline().split()[1:]]
    return sum(v) - v[3] - v[4]  # all but idle and iowait

def descendants(ps, root):
    tree, todo = set(), [root]
    while todo:
        p = todo.pop()
        tree.add(p)
        todo.extend(c for c, i in ps.items() if i['ppid'] == p and c not in tree)
    return tree

if sys.argv[1] == 'snap':
    json.dump({'procs': procs(), 'machine': machine()}, open(sys.argv[2], 'w'))
    sys.exit(0)

name, before, after, seconds = sys.argv[2], json.load(open(sys.argv[3])), json.load(open(sys.argv[4])), float(sys.argv[5])
gw, up, ngx, load, core = sys.argv[6:11]
a, b = after['procs'], before['procs']
def used(pid):
    if pid not in a:
        return 0
    same = pid in b and b[pid]['start'] == a[pid]['start']
    return a[pid]['cpu'] - (b[pid]['cpu'] if same else 0)
pg_uid = None
try:
    import pwd
    pg_uid = pwd.getpwnam('postgres').pw_uid
except KeyError:
    pass
parts = {'gateway_jvm': {gw}, 'core_simulator': {core}, 'upstream': {up}, 'nginx': descendants(a, ngx) if ngx in a else set(),
         'postgres': {p for p, i in a.items() if i['uid'] == pg_uid},
         'load_generator': descendants(a, load) if load in a else ({load} if load != '0' else set())}
cores = {k: sum(used(p) for p in v) / HZ / seconds for k, v in parts.items()}
total = (after['machine'] - before['machine']) / HZ / seconds
cores['other_processes'] = max(0.0, total - sum(cores.values()))
line = f"{name}: machine_busy={total:.2f}/{os.cpu_count()} cores; " + ", ".join(f"{k}={v:.2f}" for k, v in cores.items())
print(line)
