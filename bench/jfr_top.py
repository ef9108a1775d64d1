#!/usr/bin/env python3
"""Where the gateway's CPU goes: reads `jfr print --events jdk.ExecutionSample` output and prints the share of
samples whose stack contains each component (inclusive; a sample can count for several), then the hottest frames."""
import collections, re, sys

COMPONENTS = [
    ('project code (id.jamsostek.gateway, adapters, snap, contracts)', r'^id\.jamsostek\.(gateway|adapters|snap|contracts)\.'),
    ('  SNAP authentication filters', r'^id\.jamsostek\.gateway\.snap\.'),
    ('  JSON Schema validation (ContractBody)', r'ContractBody|com\.networknt'),
    ('  payment handler and stores', r'^id\.jamsostek\.gateway\.(bank|payment|idempotency)\.'),
    ('  core client (resilience)', r'^id\.jamsostek\.adapters\.core\.|io\.github\.resilience4j'),
    ('core simulator (in-process, stands in for the core)', r'^id\.jamsostek\.core\.simulator\.'),
    ('R2DBC PostgreSQL driver and pool', r'^io\.r2dbc\.'),
    ('Jackson', r'^tools\.jackson\.|^com\.fasterxml\.jackson\.'),
    ('crypto (HMAC, SHA, JWT)', r'^javax\.crypto\.|^sun\.security\.|^com\.nimbusds\.|^org\.springframework\.security\.'),
    ('Micrometer (metrics, observations)', r'^io\.micrometer\.'),
    ('Spring Cloud Gateway', r'^org\.springframework\.cloud\.gateway\.'),
    ('Spring WebFlux / web', r'^org\.springframework\.(web|http)\.'),
    ('Reactor core operators', r'^reactor\.core\.'),
    ('Reactor Netty / Netty', r'^reactor\.netty\.|^io\.netty\.'),
    ('logging', r'^ch\.qos\.logback\.|^org\.slf4j\.'),
    ('exceptions (fillInStackTrace)', r'fillInStackTrace|Throwable\.<init>'),
]

text = open(sys.argv[1]).read()
samples = [re.findall(r'^\s+([\w$./<>]+)\(', e, re.M) for e in text.split('jdk.ExecutionSample')]
samples = [s for s in samples if s]
n = len(samples)
print(f'{n} execution samples')
if not n:
    sys.exit(0)
comp = [(name, re.compile(rx)) for name, rx in COMPONENTS]
for name, rx in comp:
    k = sum(1 for s in samples if any(rx.search(f) for f in s))
    print(f'{k * 100 / n:5.1f}%  {name}')
print('\nhottest frames (self):')
for f, c in collections.Counter(s[0] for s in samples).most_common(8):
    print(f'{c * 100 / n:5.1f}%  {f}')
