#!/usr/bin/env python3
"""Splits a JFR recording's execution samples into the parts of a request.

    bench/profile_parts.py <recording.jfr> [cpu-ms-per-request]

Each sample goes to the part named by the innermost marker frame on its stack (the frame nearest the leaf that belongs
to a known part), and within the part to the layer of its innermost frame outside the JDK. With the service's CPU
per request (measured from /proc by bench/profile.sh) the shares are also given in milliseconds of CPU per request.
"""
import collections
import re
import subprocess
import sys

PARTS = [  # (part, frame prefix); the first frame from the leaf that matches one decides the part
    ('audit sealing (after commit, batched)', 'city.clearway.audit.AuditSealer'),
    ('audit append (event JSON, insert)', 'city.clearway.audit.AuditLog'),
    ('idempotency', 'city.clearway.common.Idempotency.'),
    ('authentication', 'city.clearway.security.'),
    ('authentication', 'io.quarkus.security.'),
    ('authentication', 'io.quarkus.vertx.http.runtime.security.'),
    ('authentication', 'io.quarkus.elytron'),
    ('validation (bean validation, limits)', 'org.hibernate.validator.'),
    ('background jobs', 'io.quarkus.scheduler.'),
    ('service and its transaction', 'city.clearway.'),
    ('service and its transaction', 'com.arjuna.'),
    ('service and its transaction', 'io.quarkus.narayana.'),
    ('JSON read and write (Jackson)', 'com.fasterxml.jackson.'),
    ('HTTP and REST (Vert.x, Netty, RESTEasy)', 'org.jboss.resteasy.'),
    ('HTTP and REST (Vert.x, Netty, RESTEasy)', 'io.quarkus.resteasy.'),
    ('HTTP and REST (Vert.x, Netty, RESTEasy)', 'io.vertx.'),
    ('HTTP and REST (Vert.x, Netty, RESTEasy)', 'io.netty.'),
    ('HTTP and REST (Vert.x, Netty, RESTEasy)', 'io.quarkus.vertx.'),
    ('metrics and tracing', 'io.micrometer.'),
    ('metrics and tracing', 'io.opentelemetry.'),
    ('metrics and tracing', 'io.quarkus.micrometer.'),
    ('metrics and tracing', 'io.quarkus.opentelemetry.'),
]
LAYERS = [
    ('SQL (PostgreSQL/H2 JDBC driver)', ('org.postgresql.', 'org.h2.')),
    ('connection pool', ('io.agroal.',)),
    ('Hibernate ORM', ('org.hibernate.orm', 'org.hibernate.engine', 'org.hibernate.internal', 'org.hibernate.sql',
                       'org.hibernate.query', 'org.hibernate.persister', 'org.hibernate.event', 'org.hibernate.action',
                       'org.hibernate.metamodel', 'org.hibernate.type', 'org.hibernate.resource', 'org.hibernate.loader',
                       'org.hibernate.collection', 'org.hibernate.id', 'org.hibernate.Session', 'org.hibernate.jpa',
                       'org.hibernate.boot', 'org.hibernate.bytecode', 'org.hibernate.property', 'org.hibernate.dialect',
                       'io.quarkus.hibernate')),
    ('transactions (Narayana)', ('com.arjuna.', 'io.quarkus.narayana.')),
    ('JSON (Jackson)', ('com.fasterxml.jackson.',)),
    ('CDI and context propagation', ('io.quarkus.arc.', 'io.smallrye.context.')),
    ('Clearway code', ('city.clearway.',)),
]


def frames(recording):
    text = subprocess.run(['jfr', 'print', '--events', 'jdk.ExecutionSample', '--stack-depth', '400', recording],
                          capture_output=True, text=True, check=True).stdout
    for sample in text.split('jdk.ExecutionSample')[1:]:
        yield [line.strip().split('(')[0] for line in sample.splitlines()
               if re.match(r'^\s+[\w$.]+\.[\w$<>]+\(', line)]


def part_of(stack):
    for frame in stack:
        for name, prefix in PARTS:
            if frame.startswith(prefix):
                return name
    return 'other (JDK only)'


def layer_of(stack):
    inner = next((f for f in stack if not f.startswith(('java.', 'jdk.', 'sun.', 'javax.'))), None)
    if inner is None:
        return 'JDK'
    for name, prefixes in LAYERS:
        if inner.startswith(prefixes):
            return name
    return 'other (' + '.'.join(inner.split('.')[:3]) + ')'


def main():
    recording = sys.argv[1]
    cpu_ms = float(sys.argv[2]) if len(sys.argv) > 2 else None
    parts = collections.Counter()
    layers = collections.defaultdict(collections.Counter)
    for stack in frames(recording):
        part = part_of(stack)
        parts[part] += 1
        layers[part][layer_of(stack)] += 1
    total = sum(parts.values())
    print(f'| part of the request | share of samples | CPU ms per request | largest layers within it |')
    print('|---|---|---|---|')
    for part, n in parts.most_common():
        ms = f'{cpu_ms * n / total:.2f}' if cpu_ms else ''
        inner = ', '.join(f'{layer} {100 * k / n:.0f} %' for layer, k in layers[part].most_common(3))
        print(f'| {part} | {100 * n / total:.1f} % | {ms} | {inner} |')
    print(f'\n{total} execution samples of Java threads (JIT and GC threads are not sampled; see the thread CPU above).')


if __name__ == '__main__':
    main()
