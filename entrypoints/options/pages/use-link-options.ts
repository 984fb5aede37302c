// The KOLs and areas the options pages offer in chip inputs, live.
import { useMemo } from 'preact/hooks';
import type { ChipOption } from '../../../components/ChipInput';
import { useLiveQuery } from '../../../components/use-live-query';
import type { Kol, TherapeuticArea } from '../../../lib/model';
import { toAreaTree } from '../../../lib/repo/areas';
import * as repo from '../repo';

/** KOLs and areas as records and as chip options. */
export function useLinkOptions(): {
  kols: Kol[];
  areas: TherapeuticArea[];
  kolOptions: ChipOption[];
  areaOptions: ChipOption[];
} {
  const data = useLiveQuery(() => Promise.all([repo.listKols(), repo.listAreas()]), []);
  return useMemo(() => {
    const [kols = [], areas = []] = data.value ?? [];
    return {
      kols,
      areas,
      kolOptions: kols.map((k) => ({ id: k.id, label: k.name, detail: k.institution })),
      areaOptions: toAreaTree(areas).map((n) => ({
        id: n.area.id,
        label: n.area.name,
        detail: n.depth ? n.path : undefined,
        color: n.area.color,
      })),
    };
  }, [data.value]);
}
