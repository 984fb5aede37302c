// The KOLs and areas the options pages offer in chip inputs, live.
import { useMemo } from 'preact/hooks';
import type { ChipOption } from '../../../components/ChipInput';
import { useLiveQuery } from '../../../components/use-live-query';
import type { Kol, TherapeuticArea } from '../../../lib/model';
import { listAreas, toAreaTree } from '../../../lib/repo/areas';
import { openDatabase } from '../../../lib/repo/database';
import { listKols } from '../../../lib/repo/kols';

const db = openDatabase();

/** KOLs and areas as records and as chip options. */
export function useLinkOptions(): {
  kols: Kol[];
  areas: TherapeuticArea[];
  kolOptions: ChipOption[];
  areaOptions: ChipOption[];
} {
  const data = useLiveQuery(() => Promise.all([listKols(db), listAreas(db)]), []);
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
