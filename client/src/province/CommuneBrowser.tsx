import { useId, useState } from 'react';
import type { Campaign } from '../campaigns/campaign-choice';
import type { CommuneFilter, Status } from '../gql/graphql';
import { formatNumber } from '../ui/format';
import { STATUS_LABEL } from '../ui/labels';
import type { StatusCountsValue } from '../ui/StatusCountsBar';
import { SearchField } from '../ui/SearchField';
import { useDebounced } from '../ui/use-debounced';
import { CommuneResults } from './CommuneResults';

const STATUSES: Status[] = ['GREEN', 'YELLOW', 'RED'];
const STATUS_COUNT = { GREEN: 'green', YELLOW: 'yellow', RED: 'red', NOT_DUE: 'notDue' } as const;

export function CommuneBrowser({
  provinceId,
  campaign,
  counts,
}: {
  provinceId: string;
  campaign: Campaign;
  counts: StatusCountsValue;
}) {
  const id = useId();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<Status | null>(null);
  const searched = useDebounced(search.trim(), 250);
  const filter: CommuneFilter = {
    provinceId,
    ...(searched ? { search: searched } : {}),
    ...(status ? { status, campaignId: campaign.id } : {}),
  };
  const option = (value: Status | null, label: string, count: number) => (
    <label
      key={value ?? 'all'}
      className={`segmented__option${value ? ` segmented__option--${value.toLowerCase()}` : ''}`}
    >
      <input type="radio" name={`${id}-status`} checked={status === value} onChange={() => setStatus(value)} />
      {label} <span className="segmented__count">{formatNumber(count)}</span>
    </label>
  );

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Xã, phường</h2>
      <div className="filters">
        <SearchField
          label="Tìm xã, phường"
          hint="Gõ có dấu hay không dấu đều được."
          value={search}
          onChange={setSearch}
        />
        <fieldset className="segmented">
          <legend>Trạng thái</legend>
          {option(null, 'Tất cả', counts.total)}
          {STATUSES.map((value) => option(value, STATUS_LABEL[value], counts[STATUS_COUNT[value]]))}
          {counts.notDue > 0 && option('NOT_DUE', STATUS_LABEL.NOT_DUE, counts.notDue)}
        </fieldset>
      </div>
      {/* A new filter starts again from the first page. */}
      <CommuneResults key={JSON.stringify(filter)} filter={filter} campaign={campaign} />
    </section>
  );
}
