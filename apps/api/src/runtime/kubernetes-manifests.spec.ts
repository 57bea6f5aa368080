import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SETTINGS } from '@outloud/server-core';
import { parseAllDocuments } from 'yaml';

// The manifests in infra/kubernetes checked over their parsed YAML (no cluster, no schema
// download here): references resolve, probes hit real ports and paths, every setting exists.
const DIR = join(__dirname, '../../../../infra/kubernetes');

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));
const docs: Doc[] = files
  .filter((f) => f !== 'kustomization.yaml')
  .flatMap((f) =>
    parseAllDocuments(readFileSync(join(DIR, f), 'utf8')).map((d) => {
      expect(d.errors).toEqual([]);
      return { ...(d.toJS() as Doc), file: f };
    }),
  );
const byKind = (kind: string) => docs.filter((d) => d.kind === kind);
const named = (kind: string, name: string) =>
  docs.find((d) => d.kind === kind && d.metadata?.name === name);
const workloads = [...byKind('Deployment'), ...byKind('StatefulSet')];
const config = named('ConfigMap', 'outloud-config')?.data ?? {};
const secret = named('Secret', 'outloud-secrets')?.stringData ?? {};

function containerEnv(workload: Doc): Record<string, Doc> {
  const c = workload.spec.template.spec.containers[0];
  return Object.fromEntries((c.env ?? []).map((e: Doc) => [e.name, e]));
}

describe('infra/kubernetes', () => {
  it('lists every manifest in the kustomization, and only existing ones', () => {
    const kustomization = parseAllDocuments(
      readFileSync(join(DIR, 'kustomization.yaml'), 'utf8'),
    )[0].toJS() as Doc;
    expect([...kustomization.resources].sort()).toEqual(
      files.filter((f) => f !== 'kustomization.yaml').sort(),
    );
  });

  it('gives every object an apiVersion, kind and name', () => {
    for (const d of docs) {
      expect(typeof d.apiVersion).toBe('string');
      expect(typeof d.kind).toBe('string');
      expect(d.metadata?.name).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
    }
  });

  it('matches each workload selector to its pod labels, with resources set', () => {
    for (const w of workloads) {
      const labels = w.spec.template.metadata.labels;
      for (const [k, v] of Object.entries(w.spec.selector.matchLabels)) expect(labels[k]).toBe(v);
      for (const c of w.spec.template.spec.containers) {
        expect(c.resources.requests).toEqual(expect.objectContaining({ cpu: expect.anything() }));
        expect(c.resources.limits).toEqual(expect.objectContaining({ memory: expect.anything() }));
      }
    }
  });

  it('points every Service at a workload and one of its named ports', () => {
    for (const s of byKind('Service')) {
      const target = workloads.find((w) =>
        Object.entries(s.spec.selector).every(([k, v]) => w.spec.template.metadata.labels[k] === v),
      );
      expect(target).toBeDefined();
      const ports = target!.spec.template.spec.containers.flatMap((c: Doc) =>
        (c.ports ?? []).map((p: Doc) => p.name),
      );
      for (const p of s.spec.ports) expect(ports).toContain(p.targetPort);
    }
    const ingress = named('Ingress', 'outloud')!;
    const backend = ingress.spec.rules[0].http.paths[0].backend.service;
    expect(named('Service', backend.name)).toBeDefined();
  });

  it('resolves every secret and config reference', () => {
    for (const w of workloads)
      for (const c of w.spec.template.spec.containers) {
        for (const e of c.env ?? []) {
          const ref = e.valueFrom?.secretKeyRef;
          if (ref) expect(Object.keys(secret)).toContain(ref.key);
        }
        for (const from of c.envFrom ?? [])
          expect(named('ConfigMap', from.configMapRef.name)).toBeDefined();
      }
    for (const w of workloads)
      for (const v of w.spec.template.spec.volumes ?? [])
        if (v.persistentVolumeClaim)
          expect(named('PersistentVolumeClaim', v.persistentVolumeClaim.claimName)).toBeDefined();
  });

  it("sets only Outloud's real settings on its containers", () => {
    const known = Object.keys(SETTINGS);
    for (const key of Object.keys(config)) expect(known).toContain(key);
    for (const name of ['outloud-api', 'outloud-worker'])
      for (const key of Object.keys(containerEnv(named('Deployment', name)!)))
        expect(known).toContain(key);
  });

  it('runs several HTTP-only API nodes with probes on their port, and a jobs-only worker', () => {
    const api = named('Deployment', 'outloud-api')!;
    expect(api.spec.replicas).toBeGreaterThanOrEqual(2);
    expect(containerEnv(api).WORKER_MODE.value).toBe('off');
    const container = api.spec.template.spec.containers[0];
    expect(container.ports[0].containerPort).toBe(Number(config.PORT));
    expect(config.HOST).toBe('0.0.0.0');
    expect(container.readinessProbe.httpGet.path).toBe('/readyz');
    expect(container.livenessProbe.httpGet.path).toBe('/healthz');
    const worker = named('Deployment', 'outloud-worker')!;
    expect(containerEnv(worker).WORKER_MODE.value).toBe('only');
    expect(worker.spec.template.spec.containers[0].ports).toBeUndefined();
    // A jobs-only process needs an external database and Redis for its pushes.
    expect(containerEnv(worker).DATABASE_URL).toBeDefined();
    expect(config.REDIS_URL).toMatch(/^redis:\/\/outloud-redis:/);
  });
});
