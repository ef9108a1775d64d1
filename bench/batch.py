#!/usr/bin/env python3
"""(e) of bench/run.sh: one village batch of ROWS enrollments, from the POST to COMPLETED. Takes a token as the demo
village software would (client credentials), sends ROWS people of the demo village with valid NIKs that no earlier
run used, then polls the status URL every 50 ms and prints one line: elapsed seconds, status and the row counts.
Usage: batch.py GATEWAY_URL ROWS"""
import base64, datetime, json, random, sys, time, urllib.request, uuid

gateway, rows = sys.argv[1], int(sys.argv[2])
VILLAGE, REGION = '3603012001', '360301'  # the demo village (synthetic, allowed in the demo profile)


def call(method, path, body=None, headers=None):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    request = urllib.request.Request(gateway + path, data=data, method=method, headers=headers or {})
    with urllib.request.urlopen(request, timeout=30) as answer:
        return answer.status, json.loads(answer.read() or b'{}')


basic = base64.b64encode(b'demo-sid-saga:demo-village-secret-saga').decode()
_, token = call('POST', '/oauth2/token', b'grant_type=client_credentials',
                {'Authorization': 'Basic ' + basic, 'Content-Type': 'application/x-www-form-urlencoded'})
auth = {'Authorization': 'Bearer ' + token['access_token']}



def letters(n):  # names hold letters only: 0 -> 'Aaa', 1 -> 'Aab', ...
    word = ''
    for _ in range(3):
        word = chr(ord('a') + n % 26) + word
        n //= 26
    return word.capitalize()


month = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=7)).strftime('%Y-%m')
# a birth year and sequence block of this run's own: a NIK is region + DDMMYY (women: day + 40) + a 4-digit sequence
year = random.randint(1960, 1999)
items = []
for i in range(rows):
    born = datetime.date(year, 1, 1) + datetime.timedelta(days=i % 360)
    sex = 'F' if i % 2 else 'M'
    day = born.day + (40 if sex == 'F' else 0)
    nik = f'{REGION}{day:02d}{born.month:02d}{born.year % 100:02d}{1 + i // 360:04d}'
    items.append({'nik': nik, 'fullName': 'Peserta ' + letters(i), 'birthDate': born.isoformat(), 'sex': sex,
                  'villageCode': VILLAGE, 'address': 'Kp. Saga RT 001 RW 001', 'occupation': 'Petani',
                  'role': 'VULNERABLE_WORKER', 'incomeBand': '1000000.00', 'programs': ['JKK', 'JKM'],
                  'payer': {'type': 'SELF'}, 'firstMonth': month})

start = time.monotonic()
status, accepted = call('POST', '/village/v1/enrollment-batches', {'items': items},
                        {**auth, 'Content-Type': 'application/json', 'Idempotency-Key': str(uuid.uuid4())})
deadline = start + 300
state = accepted
while state.get('status') not in ('COMPLETED', 'FAILED') and time.monotonic() < deadline:
    time.sleep(0.05)
    _, state = call('GET', accepted['statusUrl'], headers=auth)
elapsed = time.monotonic() - start
print(f"elapsed_seconds={elapsed:.2f} rows={rows} status={state.get('status')} "
      f"counts={json.dumps(state.get('counts', {}), separators=(',', ':'))}")
