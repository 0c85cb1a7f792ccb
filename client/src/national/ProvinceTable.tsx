import { useState } from 'react';
import { Link } from '../app/router';
import { paths } from '../app/routes';
import { Change } from '../ui/Change';
import { formatNumber, formatPercent } from '../ui/format';
import { StatusBadge } from '../ui/StatusBadge';
import type { ProvinceFigures } from './NationalFigures';
import { CLASS_SEVERITY, provinceClass } from './province-class';

type SortKey = 'name' | 'class' | 'green' | 'yellow' | 'red' | 'total' | 'greenPercent' | 'greenPercentChange';

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'name', label: 'Tỉnh, thành phố' },
  { key: 'class', label: 'Phân loại' },
  { key: 'green', label: 'XANH' },
  { key: 'yellow', label: 'VÀNG' },
  { key: 'red', label: 'ĐỎ' },
  { key: 'total', label: 'Số xã, phường' },
  { key: 'greenPercent', label: 'Tỉ lệ xanh' },
  { key: 'greenPercentChange', label: 'Thay đổi so với hôm qua' },
];

const collator = new Intl.Collator('vi');

/** Lower is worse: class first, then % green within a class. */
const standing = (province: ProvinceFigures) =>
  CLASS_SEVERITY[provinceClass(province.statusCounts) ?? 'NONE'] * 1000 + province.statusCounts.greenPercent;

function compare(a: ProvinceFigures, b: ProvinceFigures, key: SortKey): number {
  if (key === 'name') return collator.compare(a.name, b.name);
  // Reversed so that the first click, descending like every figure's, lists the worst first.
  if (key === 'class') return standing(b) - standing(a);
  return (a.statusCounts[key] ?? 0) - (b.statusCounts[key] ?? 0);
}

export function ProvinceTable({ provinces, campaignCode }: { provinces: ProvinceFigures[]; campaignCode: string }) {
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'name', ascending: true });
  const rows = [...provinces].sort((a, b) => compare(a, b, sort.key) * (sort.ascending ? 1 : -1));
  // Figures are most often sorted to find the largest, names to find one: start each the useful way.
  const sortBy = (key: SortKey) =>
    setSort((current) => ({ key, ascending: current.key === key ? !current.ascending : key === 'name' }));

  return (
    <div className="table-wrap">
      <table className="table table--sortable">
        <caption className="visually-hidden">
          Số xã, phường theo trạng thái của từng tỉnh, thành phố; bấm tiêu đề cột để sắp xếp
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={column.key === 'name' || column.key === 'class' ? undefined : 'numeric'}
                aria-sort={sort.key === column.key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
              >
                <button type="button" onClick={() => sortBy(column.key)}>
                  {column.label}
                  <span className="sort-mark" aria-hidden="true">
                    {sort.key === column.key ? (sort.ascending ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((province) => (
            <tr key={province.id}>
              <th scope="row">
                <Link to={paths.province(province.id, campaignCode)}>{province.name}</Link>
              </th>
              <td>
                <StatusBadge status={provinceClass(province.statusCounts)} />
              </td>
              <td className="numeric">{formatNumber(province.statusCounts.green)}</td>
              <td className="numeric">{formatNumber(province.statusCounts.yellow)}</td>
              <td className="numeric">{formatNumber(province.statusCounts.red)}</td>
              <td className="numeric">{formatNumber(province.statusCounts.total)}</td>
              <td className="numeric">
                <strong>{formatPercent(province.statusCounts.greenPercent)}</strong>
              </td>
              <td className="numeric">
                <Change points={province.statusCounts.greenPercentChange} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
