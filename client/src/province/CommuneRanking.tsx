import { useId, useState } from 'react';
import { Link } from '../app/router';
import { paths } from '../app/routes';
import type { Campaign } from '../campaigns/campaign-choice';
import { formatNumber } from '../ui/format';
import { BLOC_SHORT, BLOCS } from '../ui/labels';
import { EmptyState } from '../ui/states';
import { rankCommunes, type BlocPicture } from './ranking';

const FIRST_ROWS = 10;

/** Which communes hold the province back most: ranked by unmet criteria, with the blocs they fall in. */
export function CommuneRanking({ blocs, campaign }: { blocs: BlocPicture[]; campaign: Campaign }) {
  const id = useId();
  const [all, setAll] = useState(false);
  const ranked = rankCommunes(blocs);
  const shownBlocs = BLOCS.filter((bloc) => blocs.some((picture) => picture.bloc === bloc));
  const rows = all ? ranked : ranked.slice(0, FIRST_ROWS);
  const max = ranked[0]?.total ?? 0;
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Xếp hạng xã, phường theo số tiêu chí chưa đạt</h2>
      {ranked.length === 0 ? (
        <EmptyState title="Mọi xã, phường đã đạt mọi tiêu chí đến hạn." />
      ) : (
        <>
          <div className="table-wrap">
            <table className="table table--stack ranking" data-testid="commune-ranking">
              <caption className="visually-hidden">
                Xã, phường xếp theo tổng số tiêu chí chưa đạt, kèm số tiêu chí chưa đạt của từng khối
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="numeric">
                    Hạng
                  </th>
                  <th scope="col">Xã, phường</th>
                  {shownBlocs.map((bloc) => (
                    <th key={bloc} scope="col" className="numeric">
                      {BLOC_SHORT[bloc]}
                    </th>
                  ))}
                  <th scope="col">Tổng số tiêu chí chưa đạt</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => (
                  <tr key={row.id}>
                    <td className="numeric" data-label="Hạng">
                      {index + 1}
                    </td>
                    <th scope="row">
                      <Link to={paths.commune(row.id, campaign.code)}>{row.name}</Link>
                    </th>
                    {shownBlocs.map((bloc) => (
                      <td key={bloc} className="numeric" data-label={BLOC_SHORT[bloc]}>
                        {row.byBloc[bloc] ? formatNumber(row.byBloc[bloc]) : <span className="muted">0</span>}
                      </td>
                    ))}
                    <td data-label="Tổng">
                      <span className="inline-bar">
                        <svg viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
                          <rect
                            className="bars__fill bars__fill--red"
                            width={max ? (row.total / max) * 100 : 0}
                            height="8"
                            rx="2"
                          />
                        </svg>
                        <strong>{formatNumber(row.total)}</strong>
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {ranked.length > FIRST_ROWS && (
            <button type="button" className="button" aria-expanded={all} onClick={() => setAll(!all)}>
              {all ? 'Chỉ xem 10 xã, phường đầu' : `Xem đủ ${formatNumber(ranked.length)} xã, phường chưa xanh`}
            </button>
          )}
        </>
      )}
    </section>
  );
}
