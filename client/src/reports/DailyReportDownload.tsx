import { useId, useState } from 'react';
import { useClient } from 'urql';
import { defaultCampaign, useCampaignChoice, type Campaign } from '../campaigns/campaign-choice';
import { saveFile } from '../exports/ExportButtons';
import { graphql } from '../gql';
import { DateField } from '../ui/DateField';
import { describeError } from '../ui/errors';
import { Field } from '../ui/Field';
import { Form } from '../ui/Form';

const dailyReportQuery = graphql(`
  query DailyReportFile($input: DailyReportInput!) {
    dailyReport(input: $input) {
      fileName
      mimeType
      contentBase64
    }
  }
`);

function CampaignSelect({
  label,
  choices,
  value,
  onChange,
}: {
  label: string;
  choices: Campaign[];
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <Field label={label}>
      {(props) => (
        <select {...props} required value={value} onChange={(event) => onChange(event.target.value)}>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/**
 * The daily report (báo cáo ngày) as the central report lays it out, for a chosen date: asked
 * for on click, so it holds the figures of that moment and only what the caller may read.
 */
export function DailyReportDownload({ campaign, choices }: { campaign: Campaign; choices: Campaign[] }) {
  const id = useId();
  const client = useClient();
  const provinceLevel = useCampaignChoice({ level: 'PROVINCE', provinceId: null }).choices;
  const [asOf, setAsOf] = useState(campaign.asOf);
  const [criteriaId, setCriteriaId] = useState(campaign.id);
  const [provinceCriteriaId, setProvinceCriteriaId] = useState<string | null>(null);
  const provinceCriteria = provinceCriteriaId ?? defaultCampaign(provinceLevel, null)?.id ?? '';
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const download = async () => {
    setBusy(true);
    setProblem(null);
    setSaved(null);
    const input = {
      campaignId: campaign.id,
      asOf,
      communeCriteriaCampaignId: criteriaId,
      provinceCriteriaCampaignId: provinceCriteria || undefined,
    };
    const result = await client.query(dailyReportQuery, { input }, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    if (result.error) setProblem(describeError(result.error));
    else if (result.data) {
      saveFile(result.data.dailyReport);
      setSaved(result.data.dailyReport.fileName);
    }
  };

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Báo cáo ngày</h2>
      <p className="muted">
        Báo cáo theo mẫu của Ban Chỉ đạo (Word): tổng hợp, Phụ lục 2, 4, 6, 9–12, 13–20 và 21. Phụ lục 4 tính theo đợt “
        {campaign.name}”.
      </p>
      <Form onSubmit={() => void download()} problem={problem} className="filters" aria-label="Tải báo cáo ngày">
        <Field label="Tính đến hết ngày">
          {(props) => <DateField {...props} required value={asOf} onChange={setAsOf} />}
        </Field>
        <CampaignSelect label="Đợt của Phụ lục 9–12" choices={choices} value={criteriaId} onChange={setCriteriaId} />
        {provinceLevel.length > 0 && (
          <CampaignSelect
            label="Đợt của Phụ lục 21"
            choices={provinceLevel}
            value={provinceCriteria}
            onChange={setProvinceCriteriaId}
          />
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Đang tạo báo cáo…' : 'Tải báo cáo ngày (Word)'}
        </button>
      </Form>
      <p role="status" className="muted">
        {saved ? `Đã tải ${saved}.` : ''}
      </p>
    </section>
  );
}
