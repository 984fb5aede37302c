// Create or edit a KOL profile.
import { useEffect, useState } from 'preact/hooks';
import { Banner } from '../../../components/Banner';
import { ComplianceWarning } from '../../../components/ComplianceWarning';
import { KolForm } from '../../../components/KolForm';
import { useComplianceGate } from '../../../components/use-compliance-gate';
import { useLiveQuery } from '../../../components/use-live-query';
import { validateKol, type KolFieldError, type KolInput } from '../../../lib/kol-input';
import { routeHash } from '../../../lib/route';
import { toAreaTree } from '../../../lib/repo/areas';
import { liveEnv } from '../../../lib/repo/live';
import * as repo from '../repo';
import { toComplianceOptions } from '../../../lib/repo/compliance-settings';
import { useComplianceSettings } from './use-compliance-settings';

const EMPTY: KolInput = { name: '', nameVariants: [], areaIds: [] };
/** The free text of a profile, checked as one: notes about a person are where patient details slip in. */
const profileText = (value: KolInput) => [value.notes, value.interests].filter(Boolean).join('\n\n');

/** The KOL form page; `id` edits an existing KOL. */
export function KolFormPage({ id }: { id?: string }) {
  const [value, setValue] = useState<KolInput>();
  const [errors, setErrors] = useState<KolFieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string>();
  const settings = useComplianceSettings();
  const gate = useComplianceGate(toComplianceOptions(settings, new Date()));
  const options = useLiveQuery(async () => {
    const [areas, kols] = await Promise.all([repo.listAreas(), repo.listKols()]);
    return {
      areas: toAreaTree(areas).map((n) => ({
        id: n.area.id,
        label: n.area.name,
        detail: n.depth ? n.path : undefined,
        color: n.area.color,
      })),
      tiers: [...new Set(kols.flatMap((k) => (k.tier ? [k.tier] : [])))].sort(),
    };
  }, []);

  useEffect(() => {
    if (!id) return setValue(EMPTY);
    void repo.getKol(id).then((kol) => setValue(kol ?? EMPTY));
  }, [id]);

  async function submit(confirmed = false) {
    if (!value) return;
    const check = validateKol(value);
    setErrors(check.errors);
    if (check.errors.length) return;
    const verdict = await gate.check(profileText(value), confirmed);
    if (!verdict.proceed) return;
    setSaving(true);
    try {
      const kol = await repo.saveKol(value, liveEnv, id);
      if (verdict.confirmedEvent) {
        const { products } = verdict.confirmedEvent;
        await repo.recordAdverseEventConfirmation({ kind: 'kol-profile', id: kol.id }, products, liveEnv);
      }
      location.hash = routeHash({ name: 'kol', id: kol.id });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  }

  if (!value) return null;
  return (
    <section class="page" aria-labelledby="kol-form-title">
      <a class="back-link" href={id ? routeHash({ name: 'kol', id }) : routeHash({ name: 'kols' })}>
        ← {id ? value.name || 'KOL' : 'KOLs'}
      </a>
      <h1 id="kol-form-title">{id ? `Edit ${value.name}` : 'New KOL'}</h1>
      {failure && (
        <Banner tone="danger" title="Not saved">
          {failure}
        </Banner>
      )}
      <KolForm
        value={value}
        errors={errors}
        areaOptions={options.value?.areas ?? []}
        tiers={options.value?.tiers ?? []}
        saving={saving}
        submitLabel={id ? 'Save changes' : 'Create KOL'}
        onChange={(next) => {
          setValue(next);
          gate.clear();
        }}
        onSubmit={() => void submit()}
        onCancel={() => history.back()}
      />
      {gate.findings.length > 0 && (
        <ComplianceWarning
          subject="profile"
          findings={gate.findings}
          text={profileText(value)}
          pharmacovigilance={settings.pharmacovigilance}
          reporters={value.name ? [value.name] : []}
          onConfirm={() => void submit(true)}
        />
      )}
    </section>
  );
}
