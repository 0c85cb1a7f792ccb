import { useId, useState } from 'react';
import { ReportRanking } from '../reports/ReportRanking';
import { BLOCS } from '../ui/labels';

/** Obstacles are ranked within a province (its communes are the denominator): the overseer picks which. */
export function ProvinceReportRanking({ provinces }: { provinces: { id: string; name: string }[] }) {
  const id = useId();
  const [provinceId, setProvinceId] = useState(provinces[0]?.id);
  if (!provinceId) return null;
  const select = (
    <div className="field field--inline">
      <label htmlFor={id}>Tỉnh, thành phố</label>
      <select id={id} value={provinceId} onChange={(event) => setProvinceId(event.target.value)}>
        {provinces.map((province) => (
          <option key={province.id} value={province.id}>
            {province.name}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <ReportRanking
      provinceId={provinceId}
      blocs={BLOCS}
      title="Vướng mắc, kiến nghị được nêu nhiều nhất"
      controls={select}
    />
  );
}
