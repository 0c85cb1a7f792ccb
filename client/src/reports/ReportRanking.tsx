import { useId, useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { Bloc, RankBy, ReportKind } from '../gql/graphql';
import { BarList } from '../ui/BarList';
import { formatNumber, formatPercent } from '../ui/format';
import { BLOC_SHORT } from '../ui/labels';
import { EmptyState, Loaded } from '../ui/states';

const reportRankingQuery = graphql(`
  query ReportRanking($provinceId: ID!, $kind: ReportKind!, $bloc: Bloc, $by: RankBy!) {
    province(id: $provinceId) {
      id
      reportRanking(kind: $kind, bloc: $bloc, by: $by, limit: 5) {
        label
        communes
        total
        percent
      }
    }
  }
`);

const KIND_LABEL: Record<ReportKind, string> = { OBSTACLE: 'Vướng mắc', RECOMMENDATION: 'Kiến nghị' };
const BY_LABEL: Record<RankBy, string> = { CATEGORY: 'Theo nhóm', TEXT: 'Theo nội dung' };

/** All blocs together, a commune counting once (as Phụ lục 6 ranks). */
const ALL_BLOCS = 'ALL';
type BlocChoice = Bloc | typeof ALL_BLOCS;

function Choice<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: [T, string][];
  onChange: (value: T) => void;
}) {
  return (
    <div className="toggle" role="group" aria-label={label}>
      {options.map(([option, text]) => (
        <button key={option} type="button" aria-pressed={value === option} onClick={() => onChange(option)}>
          {text}
        </button>
      ))}
    </div>
  );
}

/** The most reported obstacles or recommendations of a province, "N/total communes (%)" as the appendices show them. */
export function ReportRanking({
  provinceId,
  blocs,
  title,
  controls,
}: {
  provinceId: string;
  blocs: Bloc[];
  title: string;
  /** Further choices shown with the panel's own, such as which province. */
  controls?: ReactNode;
}) {
  const id = useId();
  const [kind, setKind] = useState<ReportKind>('OBSTACLE');
  const [by, setBy] = useState<RankBy>('CATEGORY');
  const [chosen, setChosen] = useState<BlocChoice | undefined>(blocs[0]);
  const bloc: BlocChoice | undefined =
    chosen && (chosen === ALL_BLOCS ? blocs.length > 1 : blocs.includes(chosen)) ? chosen : blocs[0];
  const [result] = useQuery({
    query: reportRankingQuery,
    variables: { provinceId, kind, bloc: bloc === ALL_BLOCS ? null : (bloc ?? 'PARTY'), by },
    pause: !bloc,
  });
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <div className="choices">
        {controls}
        <Choice
          label="Loại"
          value={kind}
          options={[
            ['OBSTACLE', KIND_LABEL.OBSTACLE],
            ['RECOMMENDATION', KIND_LABEL.RECOMMENDATION],
          ]}
          onChange={setKind}
        />
        {blocs.length > 1 && bloc && (
          <Choice<BlocChoice>
            label="Khối"
            value={bloc}
            options={[...blocs.map((b): [BlocChoice, string] => [b, BLOC_SHORT[b]]), [ALL_BLOCS, 'Tất cả các khối']]}
            onChange={setChosen}
          />
        )}
        <Choice
          label="Xếp hạng"
          value={by}
          options={[
            ['CATEGORY', BY_LABEL.CATEGORY],
            ['TEXT', BY_LABEL.TEXT],
          ]}
          onChange={setBy}
        />
      </div>
      {!bloc ? (
        <EmptyState title="Không có khối nào trong phạm vi của bạn." />
      ) : (
        <Loaded result={result} loading="Đang xếp hạng…">
          {({ province: { reportRanking } }) =>
            reportRanking.length === 0 ? (
              <EmptyState title={`Chưa có ${KIND_LABEL[kind].toLowerCase()} nào được báo cáo ở khối này.`} />
            ) : (
              <BarList
                label={`${KIND_LABEL[kind]} được nêu nhiều nhất`}
                max={100}
                bars={reportRanking.map((row) => ({
                  key: row.label,
                  label: row.label,
                  value: row.percent,
                  figure: `${formatNumber(row.communes)}/${formatNumber(row.total)} xã (${formatPercent(row.percent)})`,
                  tone: kind === 'OBSTACLE' ? 'yellow' : 'neutral',
                }))}
              />
            )
          }
        </Loaded>
      )}
    </section>
  );
}
