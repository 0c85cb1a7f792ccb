import { useId, useState } from 'react';
import { Link } from '../app/router';
import { paths } from '../app/routes';
import type { Campaign } from '../campaigns/campaign-choice';
import type { Bloc } from '../gql/graphql';
import { BarList } from '../ui/BarList';
import { formatNumber } from '../ui/format';
import { BLOC_LABEL, BLOC_SHORT } from '../ui/labels';
import { EmptyState } from '../ui/states';
import type { BlocPicture } from './ranking';
import { UnmetCriterionActions } from './UnmetCriterionActions';

/** Failing communes beyond this many fold behind a button: a criterion failed by 60 communes is one line until asked. */
const COMMUNES_SHOWN = 12;

function FailingCommunes({
  communes,
  campaign,
}: {
  communes: BlocPicture['unmetCriteria'][number]['communes'];
  campaign: Campaign;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? communes : communes.slice(0, COMMUNES_SHOWN);
  return (
    <>
      <ul className="chips">
        {shown.map((commune) => (
          <li key={commune.id} className="chip chip--link">
            <Link to={paths.commune(commune.id, campaign.code)}>{commune.name}</Link>
          </li>
        ))}
      </ul>
      {communes.length > COMMUNES_SHOWN && (
        <button type="button" className="button button--small" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Thu gọn' : `Xem thêm ${formatNumber(communes.length - COMMUNES_SHOWN)} xã, phường`}
        </button>
      )}
    </>
  );
}

/** What the overseer may do about unmet criteria from this page. */
interface Rights {
  provinceId: string;
  setsSolutions: boolean;
  editsCampaign: boolean;
}

function BlocDetail({ picture, campaign, rights }: { picture: BlocPicture; campaign: Campaign; rights: Rights }) {
  const unmet = picture.unmetCriteria;
  const widest = Math.max(0, ...unmet.map((item) => item.communes.length));
  const groups = picture.communesByUnmetCount;
  return (
    <div className="bloc-detail" data-bloc={picture.bloc}>
      <p className="bloc-detail__summary" data-testid="bloc-summary">
        <strong>{formatNumber(picture.communesNotMet)}</strong> xã, phường chưa đạt ·{' '}
        <strong>
          {formatNumber(unmet.length)}/{formatNumber(picture.criteriaTotal)}
        </strong>{' '}
        tiêu chí chưa đạt
      </p>
      {unmet.length === 0 ? (
        <EmptyState title={`Mọi xã, phường đã đạt các tiêu chí của ${BLOC_LABEL[picture.bloc]}.`} />
      ) : (
        <div className="bloc-detail__columns">
          <section aria-label="Tiêu chí chưa đạt và các xã, phường chưa đạt">
            <h3>Tiêu chí chưa đạt</h3>
            <ol className="unmet-list">
              {unmet.map((item) => {
                const { criterion, communes } = item;
                return (
                  <li key={criterion.id} className="unmet" data-criterion={criterion.code}>
                    <div className="unmet__head">
                      <span className="criterion__code">{criterion.code}</span>
                      <span className="unmet__text">{criterion.text}</span>
                    </div>
                    <div className="unmet__bar">
                      <svg viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
                        <rect className="bars__bg" width="100" height="6" rx="2" />
                        <rect
                          className="bars__fill bars__fill--red"
                          width={widest ? (communes.length / widest) * 100 : 0}
                          height="6"
                          rx="2"
                        />
                      </svg>
                      <span className="unmet__count" data-testid="unmet-count">
                        {formatNumber(communes.length)} xã, phường chưa đạt
                      </span>
                    </div>
                    <FailingCommunes communes={communes} campaign={campaign} />
                    <UnmetCriterionActions unmet={item} campaign={campaign} {...rights} />
                  </li>
                );
              })}
            </ol>
          </section>
          <section aria-label="Số xã, phường theo số tiêu chí chưa đạt">
            <h3>Xã, phường theo số tiêu chí chưa đạt</h3>
            <BarList
              label={`Số xã, phường theo số tiêu chí chưa đạt của ${BLOC_LABEL[picture.bloc]}`}
              max={Math.max(0, ...groups.map((group) => group.communes.length))}
              bars={groups.map((group) => ({
                key: String(group.unmetCount),
                label: `${formatNumber(group.unmetCount)} tiêu chí`,
                value: group.communes.length,
                figure: `${formatNumber(group.communes.length)} xã`,
                tone: 'red',
              }))}
            />
            <dl className="groups">
              {groups.map((group) => (
                <div key={group.unmetCount}>
                  <dt>Chưa đạt {formatNumber(group.unmetCount)} tiêu chí</dt>
                  <dd>
                    {group.communes.map((commune, index) => (
                      <span key={commune.id}>
                        {index > 0 && ', '}
                        <Link to={paths.commune(commune.id, campaign.code)}>{commune.name}</Link>
                      </span>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        </div>
      )}
    </div>
  );
}

/** Per bloc, the unmet criteria each with the communes failing it (the slides of report 000, computed). */
export function BlocRemediation({ blocs, campaign, ...rights }: { blocs: BlocPicture[]; campaign: Campaign } & Rights) {
  const id = useId();
  const [chosen, setChosen] = useState<Bloc | undefined>(blocs[0]?.bloc);
  const picture = blocs.find((bloc) => bloc.bloc === chosen) ?? blocs[0];
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <div className="panel__head">
        <h2 id={`${id}-heading`}>Khối nào còn tiêu chí chưa đạt</h2>
        {blocs.length > 1 && (
          <div className="toggle" role="group" aria-label="Chọn khối">
            {blocs.map((bloc) => (
              <button
                key={bloc.bloc}
                type="button"
                aria-pressed={bloc.bloc === picture?.bloc}
                onClick={() => setChosen(bloc.bloc)}
              >
                {BLOC_SHORT[bloc.bloc]} <span className="toggle__count">{formatNumber(bloc.communesNotMet)}</span>
              </button>
            ))}
          </div>
        )}
      </div>
      {picture ? (
        <BlocDetail picture={picture} campaign={campaign} rights={rights} />
      ) : (
        <EmptyState title="Không có khối nào trong phạm vi của bạn." />
      )}
    </section>
  );
}
